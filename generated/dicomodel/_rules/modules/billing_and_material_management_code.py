"""Presence rules of Billing and Material Management Code Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BillingAndMaterialManagementCodeModule = (
    "table_C.4-17",
    (
        (
            "BillingProcedureStepSequence",
            Attribute(0x00400320, "SQ", "1", None, name="Billing Procedure Step Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "FilmConsumptionSequence",
            Attribute(0x00400321, "SQ", "1", None, name="Film Consumption Sequence"),
            Lazy("dicomodel.items.film_consumption_sequence_item", "FilmConsumptionSequenceItem"),
        ),
        (
            "BillingSuppliesAndDevicesSequence",
            Attribute(0x00400324, "SQ", "1", None, name="Billing Supplies and Devices Sequence"),
            Lazy(
                "dicomodel.items.billing_supplies_and_devices_sequence_item",
                "BillingSuppliesAndDevicesSequenceItem",
            ),
        ),
    ),
)
