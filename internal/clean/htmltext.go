package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags start a new paragraph in the rendered text.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true, "footer": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "head": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "item": true, "list": true,
	"blockquote": true, "quote": true, "pre": true, "code": false, "figure": true, "figcaption": true,
	"table": true, "tr": true, "caption": true, "hr": true, "br": true, "lb": true, "address": true,
}

// renderText turns an extracted content tree into text with one paragraph
// per block element, paragraphs separated by a blank line. go-trafilatura's
// own ContentText joins everything with spaces, which loses the paragraph
// structure later stages rely on.
func renderText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			b.WriteString("\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n")
		} else if n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th") {
			b.WriteString(" ")
		}
	}
	walk(n)
	return normaliseBody(b.String())
}
