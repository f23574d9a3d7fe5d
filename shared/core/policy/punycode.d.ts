/** Types for the `punycode` package's CommonJS file (the bare name `punycode` would be Node's deprecated built-in). */
declare module 'punycode/punycode.js' {
  const punycode: {
    /** Unicode domain → ASCII (`xn--`) form. */
    toASCII(domain: string): string;
    /** ASCII (`xn--`) domain → Unicode form. */
    toUnicode(domain: string): string;
  };
  export default punycode;
}
