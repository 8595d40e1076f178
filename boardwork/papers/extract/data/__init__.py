"""Knowledge files for `boardwork.papers.extract` (a package so the JSON ships with installs)."""
