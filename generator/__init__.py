"""A documentary site generator: news articles about one story in, a site comparing them out."""
