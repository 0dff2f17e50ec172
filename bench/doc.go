// Package bench holds claimcheck's benchmarks, one per pipeline stage
// (load, segment, recognize, extract, compare, render) plus the floor any
// extractor stands on (read each file and split it into words), and a
// recall test: all run on a corpus written by claimcheck-gen.
//
//	go test ./bench -bench . -benchmem
//	go test ./bench -bench Extract -cpuprofile cpu.out && go tool pprof -top cpu.out
//
// scripts/bench.sh measures the whole command on larger corpora.
package bench
