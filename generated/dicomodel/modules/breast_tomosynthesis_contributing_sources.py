"""Breast Tomosynthesis Contributing Sources Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.contributing_sources_sequence_item_breast_tomosynthesis_contributing_sources import (
    ContributingSourcesSequenceItemBreastTomosynthesisContributingSources,
)
from dicomodel.model import Attribute, DicomModel


class BreastTomosynthesisContributingSourcesModule(DicomModel):
    """Breast Tomosynthesis Contributing Sources Module Attributes (PS3.3 Table C.8.21.2.3-1)."""

    dicom_name: ClassVar[str] = "Breast Tomosynthesis Contributing Sources"
    dicom_table: ClassVar[str] = "table_C.8.21.2.3-1"

    ContributingSourcesSequence: Annotated[
        list[ContributingSourcesSequenceItemBreastTomosynthesisContributingSources],
        Attribute(0x00189506, "SQ", "1", "1", name="Contributing Sources Sequence"),
    ]
    """Contributing Sources Sequence (0018,9506): Type 1, VR SQ, VM 1. A Sequence that describes characteristics of the sources that are used to create a derived SOP Instance. One or more Items shall be included in this Sequence."""
