package gen_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/cmd/claimcheck-gen/gen"
)

func ExampleGenerate() {
	m, err := gen.Generate(gen.Options{Articles: 6, Seed: 1}, func(a *gen.Article) error {
		fmt.Println(a.Path, a.Language, a.Kind)
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range m.Planted {
		fmt.Printf("%s %s/%s: %q in %s, %q in %s\n", d.Story, d.Kind, d.Between, d.A.Value, d.A.File, d.B.Value, d.B.File)
	}
	// Output:
	// s000001/01-harian-cakrawala.txt id election
	// s000001/02-kabar-nusantara.txt id election
	// s000001/03-equator-wire.txt en election
	// s000001/04-the-southern-ledger.txt en election
	// s000002/01-berita-samudra.txt id troops
	// s000002/02-suara-pelita.txt id troops
	// s000002 quantity/dispute: "1.576" in s000002/01-berita-samudra.txt, "3.088" in s000002/02-suara-pelita.txt
}
