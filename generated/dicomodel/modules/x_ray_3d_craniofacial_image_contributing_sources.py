"""X-Ray 3D Craniofacial Image Contributing Sources Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.contributing_sources_sequence_item_x_ray3_d_craniofacial_image_contributing_sources import (
    ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources,
)
from dicomodel.model import Attribute, DicomModel


class XRay3DCraniofacialImageContributingSourcesModule(DicomModel):
    """X-Ray 3D Craniofacial Image Contributing Sources Module Attributes (PS3.3 Table C.8.21.2.2-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Craniofacial Image Contributing Sources"
    dicom_table: ClassVar[str] = "table_C.8.21.2.2-1"

    ContributingSourcesSequence: Annotated[
        list[ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources],
        Attribute(0x00189506, "SQ", "1", "1", name="Contributing Sources Sequence"),
    ]
    """Contributing Sources Sequence (0018,9506): Type 1, VR SQ, VM 1. A Sequence that describes characteristics of the sources that are used to create a derived SOP Instance. One or more Items shall be included in this Sequence."""
