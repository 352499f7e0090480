package export

import (
	"encoding/json"
	"io"

	"github.com/dossier-project/dossier"
)

// JSON writes incs as a JSON array indented by two spaces, each element as
// Fused's MarshalJSON prints it (INTERFACE.md, `dossier incidents --format
// json`), and a final newline. No incidents is `[]`.
func JSON(w io.Writer, incs []dossier.Fused) error {
	if incs == nil {
		incs = []dossier.Fused{}
	}
	b, err := json.MarshalIndent(incs, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
