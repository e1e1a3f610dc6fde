/**
 * Paragraphs of an article that talk to an AI instead of to readers ("ignore your previous instructions",
 * "note to AI assistants summarising this page …"). They are not article text: they are not sent to the
 * model and nothing in them (dates, names, links) can ground a brief.
 */
const MARKERS: RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b[^.\n]{0,60}\b(?:instructions?|prompts?|rules|guidelines)\b/i,
  /\b(?:system|developer)\s+(?:prompt|message|instructions?)\b/i,
  /\b(?:AI|A\.I\.|LLM|GPT|chatbot|language model|assistant|bot|model)s?\b[^.\n]{0,80}\b(?:summari[sz]\w*|brief\w*|reading|processing)\b[^.\n]{0,80}\b(?:must|should|shall|need to|are to|have to|always|never)\b/i,
  /\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:any\s+|all\s+)?(?:AI|A\.I\.|LLM|language model|chatbot|bot|assistant|model)s?\b/i,
  /\byou\s+(?:are|must|should)\s+now\b/i,
  /\b(?:as|when)\s+an?\s+(?:AI|language model|assistant)\b[^.\n]{0,60}\b(?:must|should|output|write|include|add)\b/i,
];

/** True when the paragraph addresses an AI with instructions. */
export function isInstructionParagraph(paragraph: string): boolean {
  return MARKERS.some((m) => m.test(paragraph));
}

/** The text without instruction paragraphs (line structure kept), and how many were removed. */
export function withoutInstructions(text: string): { text: string; removed: number } {
  let removed = 0;
  const kept = text.split('\n').map((line) => {
    if (line.trim() !== '' && isInstructionParagraph(line)) {
      removed++;
      return '';
    }
    return line;
  });
  return { text: kept.join('\n'), removed };
}
