// Package bench holds claimcheck's benchmarks, one per pipeline stage plus
// the floor any extractor stands on, and a recall test, all on a corpus
// written by claimcheck-gen (cmd/claimcheck-gen/gen):
//
//	BenchmarkBaselineReadSplit  walk, read each file, split it into words: the floor
//	BenchmarkLoad               claims/corpus: files, front matter, furniture, language
//	BenchmarkSegment            claims/segment: sentences
//	BenchmarkRecognize          claims/text tokens, then the quantity, date and entity
//	                            recognizers on them, apart and together
//	BenchmarkExtract            extract.New(packs).Document: segment, recognize, assemble
//	BenchmarkCompare            compare.Compare: align and judge, at two sizes (ns/claim
//	                            stays flat when comparison grows linearly)
//	BenchmarkOneStory           extraction and comparison of one story of 300, 1,200 and
//	                            2,000 articles (one folder of many events): comparison
//	                            must stay a fraction of extraction, per article flat
//	BenchmarkRender             every report format
//	TestPlantedRecall           every planted discrepancy found, no finding on filler
//
// Run them with
//
//	go test ./bench -bench . -benchmem
//	go test ./bench -bench Extract -cpuprofile cpu.out && go tool pprof -top cpu.out
//
// scripts/bench.sh measures the whole command on corpora of 1k to 100k
// articles (STAGES=1 adds these benchmarks to its table) and prints
// BenchmarkOneStory's targets.
package bench
