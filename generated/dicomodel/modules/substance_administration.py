"""Substance Administration Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class SubstanceAdministrationModule(DicomModel):
    """Substance Administration Module Attributes (PS3.3 Table C.26-3)."""

    dicom_name: ClassVar[str] = "Substance Administration"
    dicom_table: ClassVar[str] = "table_C.26-3"

    AdministrationRouteCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00540302, "SQ", "1", "3", name="Administration Route Code Sequence"),
    ] = None
    """Administration Route Code Sequence (0054,0302): Type -, VR SQ, VM 1. Route of administration for drug or contrast. Only a single Item shall be included in this Sequence."""
