package acquire

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
)

// jsonlBufSize is the read buffer of a JSON Lines file; longer lines are
// assembled from several reads, up to Options.MaxBytes.
const jsonlBufSize = 256 << 10

// jsonl reads a JSON Lines file (gzip-compressed or not), one article per
// non-blank line. A line that cannot be read fails alone, as "path:LINE".
func (r *reader) jsonl(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, pathErr(err))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, jsonlBufSize)
	isGzip := false
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.fail(path, gzipErr(err))
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, jsonlBufSize)
		isGzip = true
	} else if _, gz := classify(filepath.Base(path)); gz && len(magic) > 0 {
		return r.fail(path, errors.New("not gzip data (named .gz, no gzip header)"))
	}
	fileID := idFromName(filepath.Base(path))
	var buf []byte
	records := 0
	for lineNo := 1; ; lineNo++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		var tooLong bool
		var rerr error
		buf, tooLong, rerr = readLine(br, buf[:0], r.opts.MaxBytes)
		if rerr != nil && rerr != io.EOF {
			// The last line is incomplete: report the read error, not a
			// broken record.
			if isGzip {
				rerr = gzipErr(rerr)
			} else {
				rerr = pathErr(rerr)
			}
			return r.fail(path, fmt.Errorf("%w (after line %d)", rerr, lineNo-1))
		}
		src := path + ":" + strconv.Itoa(lineNo)
		line := bytes.TrimSpace(buf)
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		switch {
		case tooLong:
			if err := r.fail(src, fmt.Errorf("line longer than %d bytes (cap)", r.opts.MaxBytes)); err != nil {
				return err
			}
		case len(line) > 0:
			records++
			raw, err := parseRecord(line, fileID, lineNo)
			if err != nil {
				if err := r.fail(src, err); err != nil {
					return err
				}
				break
			}
			raw.Source = src
			if err := r.ok(raw); err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			break
		}
	}
	if records == 0 {
		return r.fail(path, errors.New("empty (no JSON Lines records)"))
	}
	return nil
}

// readLine reads one line from br into buf (without growing it past max+2
// bytes, room for "\r\n"). A longer line is read to its end and dropped,
// and tooLong is set. err is io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+2 {
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return buf, tooLong, err
	}
}

// record is a JSON Lines record: dossier's field names and news-please's
// (maintext, date_publish). Fields are kept raw so that a number or null
// is read as well as a string.
type record struct {
	ID          json.RawMessage `json:"id"`
	URL         json.RawMessage `json:"url"`
	Title       json.RawMessage `json:"title"`
	Published   json.RawMessage `json:"published"`
	DatePublish json.RawMessage `json:"date_publish"`
	Text        json.RawMessage `json:"text"`
	MainText    json.RawMessage `json:"maintext"`
	HTML        json.RawMessage `json:"html"`
}

// field is one record field to read as a string.
type field struct {
	name string
	v    json.RawMessage
}

// first returns the first non-empty string of fields, and whether any of
// them was present at all.
func first(fields ...field) (s string, present bool, err error) {
	for _, f := range fields {
		if f.v == nil {
			continue
		}
		present = true
		v, err := flexString(f.v)
		if err != nil {
			return "", true, fmt.Errorf("field %q: %v", f.name, err)
		}
		if v != "" {
			return v, true, nil
		}
	}
	return "", present, nil
}

// parseRecord makes a Raw from one JSON Lines record. Its body is "text"
// (or news-please's "maintext"), else "html"; id missing means
// "<fileID>-<line>". A record whose body field is empty but which declares
// a title is an article with an empty body; one without either fails.
func parseRecord(line []byte, fileID string, lineNo int) (*dossier.Raw, error) {
	if line[0] != '{' {
		return nil, errors.New("not a JSON object")
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, err)
		}
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	raw := &dossier.Raw{Charset: "utf-8"}
	var err error
	for _, m := range []struct {
		dst    *string
		fields []field
	}{
		{&raw.ID, []field{{"id", rec.ID}}},
		{&raw.URL, []field{{"url", rec.URL}}},
		{&raw.Title, []field{{"title", rec.Title}}},
		{&raw.Published, []field{{"published", rec.Published}, {"date_publish", rec.DatePublish}}},
	} {
		if *m.dst, _, err = first(m.fields...); err != nil {
			return nil, err
		}
		*m.dst = strings.TrimSpace(*m.dst)
	}
	if raw.ID == "" {
		raw.ID = fileID + "-" + strconv.Itoa(lineNo)
	}
	text, hasText, err := first(field{"text", rec.Text}, field{"maintext", rec.MainText})
	if err != nil {
		return nil, err
	}
	htm, hasHTML, err := first(field{"html", rec.HTML})
	if err != nil {
		return nil, err
	}
	switch {
	case strings.TrimSpace(text) != "":
		raw.Body = text
		raw.Kind = kindOf(text, typeText)
	case strings.TrimSpace(htm) != "":
		raw.Body = htm
		raw.Kind = dossier.KindHTML
	case (hasText || hasHTML) && raw.Title != "":
		// A record may keep its metadata when its body was lost (a dead
		// link): it is still an article, with an empty body.
		raw.Kind = dossier.KindText
	case hasText || hasHTML:
		return nil, errors.New("empty (no text and no title)")
	default:
		return nil, errors.New(`record has no "text", "maintext" or "html" field`)
	}
	return raw, nil
}

// flexString reads a JSON string, number or boolean as a string; null is
// "". Objects and arrays are errors.
func flexString(v json.RawMessage) (string, error) {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || string(v) == "null" {
		return "", nil
	}
	switch v[0] {
	case '"':
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return "", err
		}
		return s, nil
	case '{':
		return "", errors.New("want a string, got an object")
	case '[':
		return "", errors.New("want a string, got an array")
	}
	return string(v), nil
}
