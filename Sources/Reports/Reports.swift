// Report renderers live here.
