"""Unit tests of the Kibana saved objects, their generator and their import."""
