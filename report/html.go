package report

import (
	"html/template"
	"io"

	"github.com/claimcheck/claimcheck/pipeline"
)

// htmlPage is the HTML report: one file with its style inline and no
// script or network access, so it opens offline and can be mailed. Every
// piece of article text goes through html/template's escaping.
var htmlPage = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimcheck">
<title>claimcheck report</title>
<style>
{{template "style"}}</style>
</head>
<body>
<main>
<h1>claimcheck report</h1>
{{template "body" .}}</main>
</body>
</html>
{{define "style"}}body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d1d1f; background: #f4f4f6; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 28px; margin: 0 0 8px; }
h2 { font-size: 21px; margin: 0; }
.summary { background: #fff; border-radius: 8px; padding: 16px 20px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.summary p { margin: 0 0 8px; font-weight: 600; }
.summary table { border-collapse: collapse; }
.summary td { padding: 2px 16px 2px 0; vertical-align: top; }
.summary td:first-child { color: #555; }
.errors { color: #8a1c1c; }
.finding { background: #fff; border-radius: 8px; padding: 16px 20px; margin: 20px 0; box-shadow: 0 1px 3px rgba(0,0,0,.12); border-left: 8px solid #999; }
.finding.conflict { border-left-color: #c62828; }
.finding.compatible { border-left-color: #ef9f00; }
.finding.update { border-left-color: #1565c0; }
.finding.agree { border-left-color: #2e7d32; }
.badges { margin: 6px 0 4px; }
.badge { display: inline-block; border-radius: 4px; padding: 1px 8px; margin-right: 6px; font-size: 14px; font-weight: 600; background: #e8e8ec; }
.badge.conflict { background: #c62828; color: #fff; }
.badge.compatible { background: #ef9f00; color: #1d1d1f; }
.badge.update { background: #1565c0; color: #fff; }
.badge.agree { background: #2e7d32; color: #fff; }
.note { color: #444; margin: 4px 0 0; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 14px; margin-top: 12px; }
.side { border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; overflow-wrap: anywhere; min-width: 0; }
.side h3 { font-size: 17px; margin: 0 0 4px; }
.meta { color: #555; font-size: 14px; margin: 0 0 6px; }
.value { font-size: 18px; margin: 0 0 6px; }
.value b { font-size: 20px; }
blockquote { margin: 0; padding: 8px 12px; background: #fafafa; border-left: 3px solid #bbb; }
mark.claim { background: #ffe066; font-weight: 700; padding: 0 2px; }
span.differs { background: #dbe9ff; text-decoration: underline; text-decoration-color: #1565c0; }
.diff { font-size: 18px; margin: 4px 0 8px; }
.legend .diff { font-size: 14px; }
.letter { display: inline-block; min-width: 22px; text-align: center; border-radius: 11px; background: #1d1d1f; color: #fff; font-size: 14px; margin-right: 4px; }
.diff del { background: #ffc9c9; color: #8a1c1c; text-decoration: line-through; padding: 0 3px; border-radius: 3px; }
.diff ins { background: #c6f0c6; color: #14501a; text-decoration: none; font-weight: 700; padding: 0 3px; border-radius: 3px; }
.legend { font-size: 14px; color: #555; margin: 12px 0 0; }
code { font-size: 14px; }
a { color: #0b57d0; }
nav.toc { background: #fff; border-radius: 8px; padding: 12px 20px; margin: 20px 0; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
nav.toc h2 { font-size: 18px; margin: 0 0 6px; }
nav.toc ul { margin: 0; padding-left: 20px; }
nav.toc li { margin: 2px 0; }
nav.toc .counts { color: #555; font-size: 14px; }
.story { margin: 28px 0 0; }
.story > h2 { font-size: 24px; border-bottom: 2px solid #ccc; padding-bottom: 4px; }
.story .counts { color: #555; margin: 6px 0; }
.articles { font-size: 14px; margin: 6px 0 0; padding-left: 20px; }
.facets { color: #555; font-size: 14px; margin: 2px 0 0; }
.also { font-size: 14px; margin: 10px 0 0; }
.also ul { margin: 2px 0; padding-left: 20px; }
details.collapsed { background: #fff; border-radius: 8px; padding: 10px 20px; margin: 16px 0; box-shadow: 0 1px 3px rgba(0,0,0,.12); border-left: 8px solid #2e7d32; }
details.collapsed summary { cursor: pointer; font-weight: 600; }
details.collapsed ul.compact { padding-left: 20px; font-size: 15px; }
details.collapsed .finding { box-shadow: none; border: 1px solid #ddd; }
{{end}}{{define "body"}}<section class="summary">
<p>{{.Line}}</p>
<table>
<tr><td>documents read</td><td>{{.Summary.Documents}}</td></tr>
<tr><td>documents rejected</td><td>{{.Summary.Rejected}}</td></tr>
<tr><td>claims</td><td>{{.Summary.Claims}}</td></tr>
<tr><td>stories with findings</td><td>{{len .Stories}}</td></tr>
<tr><td>findings by verdict</td><td>{{range $i, $p := .Verdicts}}{{if $i}}, {{end}}{{$p}}{{else}}none{{end}}</td></tr>
<tr><td>findings by kind</td><td>{{range $i, $p := .Kinds}}{{if $i}}, {{end}}{{$p}}{{else}}none{{end}}</td></tr>
<tr><td>findings by severity</td><td>{{range $i, $p := .Severity}}{{if $i}}, {{end}}{{$p}}{{else}}none{{end}}</td></tr>
</table>
{{if .Errors}}<h2>Rejected inputs</h2>
<ul class="errors">{{range .Errors}}<li>{{.Error}}</li>{{end}}</ul>{{end}}
{{if .Warnings}}<h2>Warnings</h2>
<ul class="errors">{{range .Warnings}}<li>{{.Error}}</li>{{end}}</ul>{{end}}
<p class="legend"><mark class="claim">claim's words</mark> &nbsp; <span class="differs">words the other side's sentence lacks</span> &nbsp; names: <span class="diff"><del>side A only</del> <ins>this side only</ins></span></p>
</section>
{{if .Stories}}<nav class="toc">
<h2>Contents</h2>
<ul>{{range .Stories}}
<li><a href="#{{.Anchor}}">{{.Name}}</a> <span class="counts">— {{.Counts}}</span>{{if or .Shown .Collapsed}}
<ul>{{range .Shown}}<li><a href="#finding-{{.Number}}">{{.Number}}. {{.Topic}}</a> <span class="counts">— {{.Verdict}}, {{.Severity}}</span></li>{{end}}{{if .Collapsed}}<li><span class="counts">{{.CollapsedLabel}} (collapsed)</span></li>{{end}}</ul>{{end}}</li>{{end}}
</ul>
</nav>
{{else}}<p>No findings.</p>
{{end}}{{range .Stories}}
<section class="story" id="{{.Anchor}}">
<h2>Story <code>{{.Name}}</code></h2>{{if .Label}}
<p class="about">About: {{.Label}}</p>{{end}}
<p class="counts">{{.Counts}}</p>
{{if .Articles}}<ul class="articles">{{range .Articles}}<li>{{template "article" .}}, published {{if .Published}}{{.Published}}{{else}}date unknown{{end}} — <code>{{.Path}}</code></li>{{end}}</ul>{{end}}
{{range .Shown}}{{template "finding" .}}{{end}}
{{if .Collapsed}}<details class="collapsed">
<summary>{{.CollapsedLabel}}</summary>
{{if $.All}}{{range .Collapsed}}{{template "finding" .}}{{end}}{{else}}<ul class="compact">{{range .Collapsed}}<li id="finding-{{.Number}}">{{.Number}}. <b>{{.Topic}}</b> — {{.Verdict}}: {{.Values}} —{{range .Sides}} {{.Letter}} “{{.Text}}” in {{template "outlet" .Article}} line {{.Line}};{{end}}{{if .Support}} also:{{range .Support}} “{{.Text}}” → {{.Value}} ({{.Speaker}}, {{template "outlet" .Article}} line {{.Line}});{{end}}{{end}}{{if .Related}} other claims with this key, in no finding:{{range .Related}} “{{.Text}}” → {{.Value}} ({{.Speaker}}, {{template "outlet" .Article}} line {{.Line}});{{end}}{{end}}</li>{{end}}</ul>
<p class="legend"><code>--all</code> shows each in full.</p>{{end}}
</details>{{end}}
</section>
{{end}}
{{end}}{{define "actions"}}{{end}}{{define "article"}}<a href="{{.Href}}">{{.Title}}</a> ({{.Source}}){{end}}
{{define "outlet"}}<a href="{{.Href}}">{{.Source}}</a>{{end}}
{{define "finding"}}<section class="finding {{.Class}}" id="finding-{{.Number}}">
<h2>{{.Number}}. {{.Topic}}</h2>
{{if .Facets}}<p class="facets">{{.Facets}}</p>{{end}}
<div class="badges"><span class="badge {{.Class}}">{{.Verdict}}</span><span class="badge">{{.Severity}}</span><span class="badge">{{.Kind}}</span> <code>{{.ID}}</code></div>{{template "actions" .}}
{{if .Note}}<p class="note">{{.Note}}</p>{{end}}
<div class="sides">
{{range .Sides}}<div class="side">
<h3><span class="letter">{{.Letter}}</span> {{.Speaker}}</h3>
<p class="meta">{{if .OwnWords}}the outlet's own words{{else}}reported by <b>{{.Article.Source}}</b>{{end}}, published {{.Published}}<br><a href="{{.Article.Href}}">{{.Article.Title}}</a><br><code>{{.Article.Path}}</code> line {{.Line}}</p>
<p class="value">“{{.Text}}” → <b>{{.Value}}</b>{{if .Hedges}} <span class="meta">(hedged: {{.Hedges}})</span>{{end}}</p>
{{if .Diff}}<p class="diff">against A: {{range .Diff}}{{if eq .Op -1}}<del>{{.Text}}</del>{{else if eq .Op 1}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}</p>{{end}}
<blockquote>{{range .Segments}}{{if .Claim}}<mark class="claim">{{.Text}}</mark>{{else if .Differs}}<span class="differs">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{end}}</blockquote>
</div>
{{end}}</div>
{{if .Support}}<div class="also">The same value also in:<ul>{{range .Support}}{{template "claim" .}}{{end}}</ul></div>{{end}}
{{if .Related}}<div class="also">Other claims with this key, in no finding:<ul>{{range .Related}}{{template "claim" .}}{{end}}</ul></div>{{end}}
</section>
{{end}}
{{define "claim"}}<li>“{{.Text}}” → {{.Value}}{{if .Side}} (as {{.Side}}){{end}} — {{.Speaker}} in {{template "article" .Article}} line {{.Line}}</li>{{end}}
`))

// htmlBase is a copy of htmlPage that is never executed, which
// HTMLTemplates copies: html/template copies no template once it ran.
var htmlBase = template.Must(htmlPage.Clone())

// HTMLTemplates returns a copy of the HTML report's templates, for a page
// that shows the report in a frame of its own (the desk server): "style"
// is the report's CSS, to go inside a <style> element; "body" the report
// itself (summary, contents, and each story with its finding cards),
// executed with HTMLReport's value; "actions", empty in the report, is
// written in each finding card under its badges, with the card as its
// value (.ID is the finding's ID, .Key its alignment key), for the page to
// redefine with its buttons. Add the page's own templates to the copy.
func HTMLTemplates() (*template.Template, error) { return htmlBase.Clone() }

// HTMLReport is the value the "body" template of HTMLTemplates renders:
// r sorted and laid out as the HTML report shows it.
func HTMLReport(r *pipeline.Result, opts Options) any { return newDesk(r, opts) }

// HTML writes the desk report as one self-contained page with the default
// Options.
func HTML(w io.Writer, r *pipeline.Result) error { return htmlReport(w, r, Options{}) }

// htmlReport writes the desk report: a table of contents by story, each
// story's disagreements as cards, and its agreements and compatible
// findings in a collapsed <details> (one line each, or cards with
// Options.All).
func htmlReport(w io.Writer, r *pipeline.Result, opts Options) error {
	return htmlPage.Execute(w, newDesk(r, opts))
}
