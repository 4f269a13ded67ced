// The few types the GraphML test uses of sax (a strict XML parser installed with web-ext; it
// ships no types of its own).
declare module 'sax' {
  interface Tag { name: string; attributes: Record<string, string> }
  interface SAXParser {
    onopentag: (tag: Tag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    onerror: (error: Error) => void;
    write(xml: string): SAXParser;
    close(): SAXParser;
  }
  const sax: { parser(strict: boolean, options?: { xmlns?: boolean; position?: boolean }): SAXParser };
  export default sax;
}
