"""The one public suffix extractor: which part of a host name is the registrable domain ("example.co.uk").

tldextract with its bundled public suffix list: never fetched over the network, never cached on disk. Used by
the register's address checks (`account_addresses`) and the site lists' domains (`sites.domains`).
"""

import tldextract

extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
