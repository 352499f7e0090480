package acquire

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
)

// feedItem is one RSS item or Atom entry.
type feedItem struct {
	link      string // the article's URL, as written (maybe relative)
	title     string
	published string // pubDate, dc:date, published or updated, as given
	content   string // content:encoded, description, content or summary
}

// feed reads the items of a fetched feed: each item's link is fetched as an
// article, with the item's title and date as declared metadata. An item
// without a link but with content is an article itself. Every item that
// cannot be read is its own failure.
func (r *reader) feed(src, feedURL, text string) error {
	items, err := parseFeed(text)
	if err != nil {
		return r.fail(src, err)
	}
	if len(items) == 0 {
		return r.fail(src, errors.New("feed has no items"))
	}
	base, _ := url.Parse(feedURL)
	seen := make(map[string]bool)
	for i, it := range items {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		itemSrc := src + "#item-" + strconv.Itoa(i+1)
		link := resolve(base, it.link)
		if link == "" {
			if strings.TrimSpace(it.content) == "" {
				if err := r.fail(itemSrc, errors.New("feed item has no link and no content")); err != nil {
					return err
				}
				continue
			}
			raw := &dossier.Raw{
				ID:        idFromURL(feedURL) + "-" + strconv.Itoa(i+1),
				Source:    itemSrc,
				Kind:      dossier.KindText,
				Body:      it.content,
				Title:     it.title,
				Published: it.published,
				Charset:   "utf-8",
			}
			if strings.Contains(it.content, "<") {
				raw.Kind = dossier.KindHTML
			}
			if err := r.ok(raw); err != nil {
				return err
			}
			continue
		}
		if seen[link] {
			continue
		}
		seen[link] = true
		if err := r.feedItem(link, it); err != nil {
			return err
		}
	}
	return nil
}

// feedItem fetches the article a feed item links to.
func (r *reader) feedItem(link string, it feedItem) error {
	if !isURL(link) {
		return r.fail(link, errors.New("feed item link is not an http(s) URL"))
	}
	resp, err := r.fetch(link)
	if err != nil {
		return r.fail(link, err)
	}
	d, err := readDoc(resp)
	if err != nil {
		return r.fail(link, err)
	}
	if d.feed {
		return r.fail(link, errors.New("feed item links to a feed, not an article"))
	}
	raw := d.raw(link, resp)
	raw.Title = it.title
	raw.Published = it.published
	return r.ok(raw)
}

// resolve makes a feed link absolute against the feed's URL.
func resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return link
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u.String()
}

// xnode is an element of a parsed feed.
type xnode struct {
	name xml.Name
	attr []xml.Attr
	text strings.Builder // character data directly inside
	kids []*xnode
}

// parseFeed parses an RSS 2.0 (or 0.9x), RSS 1.0 (RDF) or Atom document,
// already decoded to UTF-8, into its items. It is lenient: HTML entities
// are known, missing end tags are invented, and a broken tail after the root
// element opened keeps the items before it.
func parseFeed(text string) ([]feedItem, error) {
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil } // already UTF-8
	var root *xnode
	var stack []*xnode
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root == nil {
				return nil, fmt.Errorf("bad feed XML: %v", err)
			}
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &xnode{name: t.Name, attr: t.Attr}
			switch {
			case len(stack) > 0:
				top := stack[len(stack)-1]
				top.kids = append(top.kids, n)
			case root == nil:
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		}
	}
	if root == nil {
		return nil, errors.New("bad feed XML: no root element")
	}
	var items []feedItem
	switch strings.ToLower(root.name.Local) {
	case "rss":
		for _, ch := range root.children("channel") {
			for _, it := range ch.children("item") {
				items = append(items, rssItem(it))
			}
		}
		for _, it := range root.children("item") {
			items = append(items, rssItem(it))
		}
	case "rdf":
		for _, it := range root.children("item") {
			items = append(items, rssItem(it))
		}
	case "feed":
		for _, e := range root.children("entry") {
			items = append(items, atomEntry(e))
		}
	default:
		return nil, fmt.Errorf("not an RSS or Atom feed (root element <%s>)", root.name.Local)
	}
	return items, nil
}

// rssItem reads an RSS <item>.
func rssItem(n *xnode) feedItem {
	it := feedItem{
		title:     cleanTitle(n.childText("title")),
		published: n.childText("pubDate", "date", "published", "updated"),
		content:   n.childText("encoded", "description"),
	}
	// feedburner:origLink is the article itself; <link> may be a tracker.
	it.link = n.childText("origLink")
	if it.link == "" {
		for _, l := range n.children("link") {
			if s := strings.TrimSpace(l.text.String()); s != "" {
				it.link = s
				break
			}
		}
	}
	if it.link == "" {
		it.link = atomLink(n)
	}
	if it.link == "" {
		if g := n.child("guid"); g != nil && !strings.EqualFold(g.attrValue("isPermaLink"), "false") {
			if s := strings.TrimSpace(g.text.String()); isURL(s) {
				it.link = s
			}
		}
	}
	return it
}

// atomEntry reads an Atom <entry>.
func atomEntry(n *xnode) feedItem {
	it := feedItem{
		title:     cleanTitle(n.childText("title")),
		published: n.childText("published", "issued", "updated", "modified", "date"),
		link:      atomLink(n),
	}
	if c := n.child("content"); c != nil {
		it.content = strings.TrimSpace(c.allText())
	}
	if it.content == "" {
		it.content = n.childText("summary")
	}
	if it.link == "" {
		if s := n.childText("id"); isURL(s) {
			it.link = s
		}
	}
	return it
}

// atomLink returns the href of n's alternate <link> (rel missing or
// "alternate"), preferring an HTML one.
func atomLink(n *xnode) string {
	found := ""
	for _, l := range n.children("link") {
		href := strings.TrimSpace(l.attrValue("href"))
		rel := strings.ToLower(strings.TrimSpace(l.attrValue("rel")))
		if href == "" || (rel != "" && rel != "alternate") {
			continue
		}
		typ := strings.ToLower(l.attrValue("type"))
		if typ == "" || strings.Contains(typ, "html") {
			return href
		}
		if found == "" {
			found = href
		}
	}
	return found
}

// children returns n's child elements of a local name (any namespace,
// ignoring case).
func (n *xnode) children(local string) []*xnode {
	var out []*xnode
	for _, k := range n.kids {
		if strings.EqualFold(k.name.Local, local) {
			out = append(out, k)
		}
	}
	return out
}

// child returns n's first child element of a local name, or nil.
func (n *xnode) child(local string) *xnode {
	for _, k := range n.kids {
		if strings.EqualFold(k.name.Local, local) {
			return k
		}
	}
	return nil
}

// childText returns the trimmed text of the first child among the local
// names, in order, that has text.
func (n *xnode) childText(locals ...string) string {
	for _, l := range locals {
		for _, k := range n.children(l) {
			if s := strings.TrimSpace(k.allText()); s != "" {
				return s
			}
		}
	}
	return ""
}

// allText returns the character data of n and its descendants.
func (n *xnode) allText() string {
	if len(n.kids) == 0 {
		return n.text.String()
	}
	var b strings.Builder
	var walk func(*xnode)
	walk = func(m *xnode) {
		b.WriteString(m.text.String())
		for _, k := range m.kids {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// attrValue returns the value of an attribute by local name, or "".
func (n *xnode) attrValue(local string) string {
	for _, a := range n.attr {
		if strings.EqualFold(a.Name.Local, local) {
			return a.Value
		}
	}
	return ""
}

// tagRE matches a markup tag in a title.
var tagRE = regexp.MustCompile(`<[^>]*>`)

// cleanTitle drops markup from a title and collapses its white space.
func cleanTitle(s string) string {
	if strings.Contains(s, "<") {
		s = tagRE.ReplaceAllString(s, "")
	}
	return strings.Join(strings.Fields(s), " ")
}

// rootElement returns the name of the first element of a document, after
// white space, a byte order mark, processing instructions, comments and a
// DOCTYPE, or "" when it does not start with an element. A prefix is dropped
// ("rdf:RDF" -> "RDF").
func rootElement(text string) string {
	s := strings.TrimPrefix(text, "\ufeff")
	for i := 0; i < 64; i++ {
		s = strings.TrimLeft(s, " \t\r\n\f")
		var end string
		switch {
		case strings.HasPrefix(s, "<?"):
			end = "?>"
		case strings.HasPrefix(s, "<!--"):
			end = "-->"
		case strings.HasPrefix(s, "<!"):
			end = ">"
		default:
			if !strings.HasPrefix(s, "<") {
				return ""
			}
			name := s[1:]
			if j := strings.IndexAny(name, " \t\r\n\f/>"); j >= 0 {
				name = name[:j]
			} else {
				return ""
			}
			if k := strings.LastIndexByte(name, ':'); k >= 0 {
				name = name[k+1:]
			}
			return name
		}
		j := strings.Index(s, end)
		if j < 0 {
			return ""
		}
		s = s[j+len(end):]
	}
	return ""
}

// isFeedRoot reports whether a root element name is a feed's.
func isFeedRoot(name string) bool {
	switch strings.ToLower(name) {
	case "rss", "feed", "rdf":
		return true
	}
	return false
}

// startsXML reports whether data starts with an XML declaration.
func startsXML(data []byte) bool {
	s := data
	if len(s) > 64 {
		s = s[:64]
	}
	s = []byte(strings.TrimLeft(strings.TrimPrefix(string(s), "\ufeff"), " \t\r\n"))
	return hasPrefixFold(s, "<?xml")
}
