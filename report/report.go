// Package report renders a check's results: a table for people, CSV for
// spreadsheets, JSON for programs, Markdown and HTML for a desk.
package report
