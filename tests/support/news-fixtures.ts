/** A news article written for these tests (not copied from anywhere), in the style of a wire report. */
export function harbourArticleHtml(
  title = 'Port authority approves harbour tunnel after two-year review',
): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Coastal Ledger</title>
<meta property="og:site_name" content="Coastal Ledger">
<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<main><article><h1>${title}</h1>
<p class="byline">By Maren Holt, Transport Correspondent</p>
<p>WESTHAVEN, March 4 — The Westhaven Port Authority on Tuesday approved plans for a road tunnel under the inner harbour, ending a two-year review that split the city council and drew objections from fishing cooperatives along the north quay.</p>
<p>The authority's chair, Ingrid Solberg, said the vote cleared the way for construction bids to open on April 15, with a contractor expected to be named by the end of June. "This is the largest public works decision the port has taken in a generation," Solberg told reporters after the meeting.</p>
<p>Opponents, led by councillor Tomas Reyes, argued that the tunnel's cost estimate of 1.2 billion crowns leaves too little margin for the soft clay under the harbour floor. Reyes said his group would ask the regional court for an injunction and expects a first hearing on March 20.</p>
<p>The fishing cooperatives said they would meet the authority on March 12 to negotiate compensation for the months when the north quay is closed to boats. Their spokesperson, Lena Dahl, said members were not against the tunnel but wanted guarantees in writing.</p>
<p>Under the approved plan, the tunnel would carry two lanes in each direction and a separate bus lane, and would open to traffic in 2029 if construction starts on schedule next year.</p>
</article></main>
<footer><p>© Coastal Ledger</p></footer></body></html>`;
}
