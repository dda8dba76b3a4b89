"""Awards: the catalogue of kinds, nominations, the legal regimes and the eligibility engine."""
