/** Is this text a CloudFormation (or SAM) template? */
export function sniffCloudFormation(text: string): boolean {
  if (/AWSTemplateFormatVersion/.test(text)) return true;
  return /(^|\n)\s*"?Resources"?\s*:/.test(text) && /Type"?\s*:\s*"?AWS::[A-Za-z0-9]+::/.test(text);
}
