"""Billing and Material Management Code Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.billing_supplies_and_devices_sequence_item import (
        BillingSuppliesAndDevicesSequenceItem as _BillingSuppliesAndDevicesSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.film_consumption_sequence_item import (
        FilmConsumptionSequenceItem as _FilmConsumptionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BillingSuppliesAndDevicesSequenceItem = Lazy(
        "dicomodel.items.billing_supplies_and_devices_sequence_item",
        "BillingSuppliesAndDevicesSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _FilmConsumptionSequenceItem = Lazy(
        "dicomodel.items.film_consumption_sequence_item", "FilmConsumptionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.film_size_id import FilmSizeIDTerm as FilmSizeIDTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.medium_type import MediumTypeTerm as MediumTypeTerm
    from dicomodel.items.billing_supplies_and_devices_sequence_item import (
        BillingSuppliesAndDevicesSequenceItem as BillingSuppliesAndDevicesSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BillingItemSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as BillingProcedureStepSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MeasuringUnitsSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.film_consumption_sequence_item import (
        FilmConsumptionSequenceItem as FilmConsumptionSequenceItem,
    )
    from dicomodel.items.quantity_sequence_item import QuantitySequenceItem as QuantitySequenceItem

__all__ = [
    "BillingAndMaterialManagementCodeModule",
    "BillingItemSequenceItem",
    "BillingProcedureStepSequenceItem",
    "BillingSuppliesAndDevicesSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FilmConsumptionSequenceItem",
    "FilmSizeIDTerm",
    "MappingResourceTerm",
    "MeasuringUnitsSequenceItem",
    "MediumTypeTerm",
    "QuantitySequenceItem",
]


class BillingAndMaterialManagementCodeModule(DicomModel):
    """Billing and Material Management Code Module Attributes (PS3.3 Table C.4-17)."""

    dicom_name: ClassVar[str] = "Billing and Material Management Code"
    dicom_table: ClassVar[str] = "table_C.4-17"

    BillingProcedureStepSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00400320, "SQ", "1", None, name="Billing Procedure Step Sequence"),
    ] = None
    """Billing Procedure Step Sequence (0040,0320): no Type, VR SQ, VM 1. Contains billing codes for the Procedure Type performed within the Procedure Step. Zero or more Items shall be included in this Sequence."""

    FilmConsumptionSequence: Annotated[
        list[_FilmConsumptionSequenceItem] | None,
        Attribute(0x00400321, "SQ", "1", None, name="Film Consumption Sequence"),
    ] = None
    """Film Consumption Sequence (0040,0321): no Type, VR SQ, VM 1. Information about the film consumption for this Performed Procedure Step. Zero or more Items shall be included in this Sequence."""

    BillingSuppliesAndDevicesSequence: Annotated[
        list[_BillingSuppliesAndDevicesSequenceItem] | None,
        Attribute(0x00400324, "SQ", "1", None, name="Billing Supplies and Devices Sequence"),
    ] = None
    """Billing Supplies and Devices Sequence (0040,0324): no Type, VR SQ, VM 1. Chemicals, supplies and devices for billing used in the Performed Procedure Step. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BillingItemSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BillingProcedureStepSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BillingSuppliesAndDevicesSequenceItem": (
        "dicomodel.items.billing_supplies_and_devices_sequence_item",
        "BillingSuppliesAndDevicesSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilmConsumptionSequenceItem": (
        "dicomodel.items.film_consumption_sequence_item",
        "FilmConsumptionSequenceItem",
    ),
    "FilmSizeIDTerm": ("dicomodel.enums.film_size_id", "FilmSizeIDTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasuringUnitsSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MediumTypeTerm": ("dicomodel.enums.medium_type", "MediumTypeTerm"),
    "QuantitySequenceItem": ("dicomodel.items.quantity_sequence_item", "QuantitySequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
