"""Printer Configuration Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.printer_configuration_sequence_item import PrinterConfigurationSequenceItem
from dicomodel.model import Attribute, DicomModel


class PrinterConfigurationModule(DicomModel):
    """Printer Configuration Module Attributes (PS3.3 Table C.13-13)."""

    dicom_name: ClassVar[str] = "Printer Configuration"
    dicom_table: ClassVar[str] = "table_C.13-13"

    PrinterConfigurationSequence: Annotated[
        list[PrinterConfigurationSequenceItem] | None,
        Attribute(0x2000001E, "SQ", "1", "3", name="Printer Configuration Sequence"),
    ] = None
    """Printer Configuration Sequence (2000,001E): Type -, VR SQ, VM 1. Contains printer configuration information for a single Application Entity title. See Print Management Service Class Structure in PS3.4."""
