"""Billing and Material Management Code Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.billing_supplies_and_devices_sequence_item import (
    BillingSuppliesAndDevicesSequenceItem,
)
from dicomodel.items.film_consumption_sequence_item import FilmConsumptionSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class BillingAndMaterialManagementCodeModule(DicomModel):
    """Billing and Material Management Code Module Attributes (PS3.3 Table C.4-17)."""

    dicom_name: ClassVar[str] = "Billing and Material Management Code"
    dicom_table: ClassVar[str] = "table_C.4-17"

    BillingProcedureStepSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00400320, "SQ", "1", "3", name="Billing Procedure Step Sequence"),
    ] = None
    """Billing Procedure Step Sequence (0040,0320): Type -, VR SQ, VM 1. Contains billing codes for the Procedure Type performed within the Procedure Step. Zero or more Items shall be included in this Sequence."""

    FilmConsumptionSequence: Annotated[
        list[FilmConsumptionSequenceItem] | None,
        Attribute(0x00400321, "SQ", "1", "3", name="Film Consumption Sequence"),
    ] = None
    """Film Consumption Sequence (0040,0321): Type -, VR SQ, VM 1. Information about the film consumption for this Performed Procedure Step. Zero or more Items shall be included in this Sequence."""

    BillingSuppliesAndDevicesSequence: Annotated[
        list[BillingSuppliesAndDevicesSequenceItem] | None,
        Attribute(0x00400324, "SQ", "1", "3", name="Billing Supplies and Devices Sequence"),
    ] = None
    """Billing Supplies and Devices Sequence (0040,0324): Type -, VR SQ, VM 1. Chemicals, supplies and devices for billing used in the Performed Procedure Step. One or more Items shall be included in this Sequence."""
