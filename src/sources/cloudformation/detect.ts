/**
 * Is this text a CloudFormation (or SAM) template? Without `AWSTemplateFormatVersion`, a
 * top-level `Resources` key and one resource `Type` naming an AWS (or Alexa) type, in any of
 * YAML's quoting styles (`Type: AWS::S3::Bucket`, `Type: 'AWS::...'`, `"Type": "AWS::..."`).
 */
export function sniffCloudFormation(text: string): boolean {
  if (/AWSTemplateFormatVersion/.test(text)) return true;
  return /(^|[\n{,])\s*["']?Resources["']?\s*:/.test(text) && /["']?Type["']?\s*:\s*["']?(AWS|Alexa)::[A-Za-z0-9]+::/.test(text);
}
