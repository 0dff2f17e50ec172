// Package claims holds claimcheck's central data model: the documents it
// reads, the spans that point into them, the mentions recognized in their
// sentences and the claims assembled from those mentions.
//
// The flow, and which package does each step:
//
//	paths ─load (claims/corpus)─▶ Document ─segment (claims/segment)─▶ sentences
//	      ─tokenize once (claims/text)─▶ tokens, shared by every recognizer
//	      ─recognize (claims/quantity, claims/date, claims/entity, claims/speaker)─▶ Mentions, attributions
//	      ─assemble (claims/extract)─▶ Claims ─align, judge (compare)─▶ Findings
//	      ─render (report)
//
// The package pipeline runs the whole flow (pipeline.Run); the language
// packs live in claims/lang (the types and the vocabularies every pack
// shares) and claims/lang/<code> (one language's words), listed by
// claims/lang/builtin.
//
// Every Mention and Claim keeps the byte Span of its words in Document.Text,
// so a report can quote and highlight exactly what an article wrote. All
// language knowledge (number words, units, reporting verbs, month names)
// lives in the language packs; the types here are language-neutral. A
// Document owns what is inferred about it (its source, publication date
// and language, each with an *Inferred flag), and a Claim owns its words:
// no claim points into its article's text, which pipeline.Run drops once
// the claims are taken.
package claims
