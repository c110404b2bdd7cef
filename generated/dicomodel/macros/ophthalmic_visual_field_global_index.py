"""Ophthalmic Visual Field Global Index Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import index_normals_flag as _index_normals_flag
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.items.index_probability_sequence_item import IndexProbabilitySequenceItem
from dicomodel.model import Attribute, DicomModel


class OphthalmicVisualFieldGlobalIndexMacro(DicomModel):
    """Ophthalmic Visual Field Global Index Macro Attributes (PS3.3 Table C.8.26.3-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Visual Field Global Index"
    dicom_table: ClassVar[str] = "table_C.8.26.3-2"

    DataObservationSequence: Annotated[
        list[ContentItemModifierSequenceItem],
        Attribute(0x00240325, "SQ", "1", "1", name="Data Observation Sequence"),
    ]
    """Data Observation Sequence (0024,0325): Type 1, VR SQ, VM 1. Information about various visual field global indexes. Only a single Item shall be included in this Sequence."""

    IndexNormalsFlag: Annotated[
        _index_normals_flag.IndexNormalsFlag,
        Attribute(
            0x00240338, "CS", "1", "1", name="Index Normals Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Index Normals Flag (0024,0338): Type 1, VR CS, VM 1. Whether normative data exists for this index. Enumerated Values: YES NO"""

    IndexProbabilitySequence: Annotated[
        list[IndexProbabilitySequenceItem] | None,
        Attribute(
            0x00240344,
            "SQ",
            "1",
            "1C",
            name="Index Probability Sequence",
            when=("value", 0x00240338, 0, "in", ("YES",)),
        ),
    ] = None
    """Index Probability Sequence (0024,0344): Type 1C, VR SQ, VM 1. Required if Index Normals Flag (0024,0338) is YES. Probability value and software algorithm used to provide the index. Only a single Item shall be included in this Sequence. Required if Index Normals Flag (0024,0338) is YES."""
