/**
 * Disclaimers and boilerplate: not prose claims (docs/definitions.md: never read as claims). A sentence
 * holding one of these phrases is left alone by every rule.
 */
export const disclaimers: string[] = [
  'not intended to diagnose', 'intended to diagnose', 'diagnose, treat, cure', 'diagnose, prevent, treat',
  'treat, cure or prevent', 'treat, cure, or prevent', 'informational purposes', 'educational purposes',
  'not a substitute for', 'does not constitute medical advice', 'not medical advice',
  'should not be construed', 'not been evaluated by the food and drug administration',
  'have not been evaluated', 'has not been evaluated', 'consult your healthcare', 'consult your doctor',
  'consult a healthcare', 'consult with your doctor', 'consult a doctor', 'consult your physician',
  'paid endorsers', 'paid endorser', 'results may vary', 'results vary', 'individual results',
  'money back guarantee', 'money-back guarantee', 'all rights reserved', 'copyright', 'affiliate links',
  'affiliate link', 'we may earn', 'terms and conditions', 'terms & conditions', 'privacy policy',
  'advertisement', 'sponsored content', 'this article is based on scientific evidence',
  'fact checked', 'medically reviewed'
]
