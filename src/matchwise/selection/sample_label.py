"""The label every fictional sample program carries as its source."""

SAMPLE_LABEL = "sample — fictional programs"
