// Package claims holds claimcheck's central data model: the documents it
// reads, the spans that point into them, the mentions recognized in their
// sentences and the claims assembled from those mentions.
//
// The flow, and which package does each step:
//
//	paths ─load (claims/corpus)─▶ Document ─segment (claims/segment)─▶ sentences
//	      ─recognize (claims/quantity, claims/date, claims/entity)─▶ Mentions
//	      ─assemble (claims/extract)─▶ Claims ─align, judge (compare)─▶ Findings
//	      ─render (report)
//
// Every Mention and Claim keeps the byte Span of its words in Document.Text,
// so a report can quote and highlight exactly what an article wrote. All
// language knowledge (number words, units, reporting verbs, month names)
// lives in the language packs under claims/lang; the types here are
// language-neutral.
package claims
