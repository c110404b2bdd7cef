"""Contrast/Bolus Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.contrast_bolus_ingredient import (
        ContrastBolusIngredientTerm as _ContrastBolusIngredientTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.contrast_bolus_administration_route_sequence_item import (
        ContrastBolusAdministrationRouteSequenceItem as _ContrastBolusAdministrationRouteSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContrastBolusAdministrationRouteSequenceItem = Lazy(
        "dicomodel.items.contrast_bolus_administration_route_sequence_item",
        "ContrastBolusAdministrationRouteSequenceItem",
    )
    _ContrastBolusIngredientTerm = Lazy(
        "dicomodel.enums.contrast_bolus_ingredient", "ContrastBolusIngredientTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.contrast_bolus_ingredient import (
        ContrastBolusIngredientTerm as ContrastBolusIngredientTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AdditionalDrugSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusAgentSequenceItem,
    )
    from dicomodel.items.contrast_bolus_administration_route_sequence_item import (
        ContrastBolusAdministrationRouteSequenceItem as ContrastBolusAdministrationRouteSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AdditionalDrugSequenceItem",
    "ContextGroupExtensionFlag",
    "ContrastBolusAdministrationRouteSequenceItem",
    "ContrastBolusAgentSequenceItem",
    "ContrastBolusIngredientTerm",
    "ContrastBolusModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class ContrastBolusModule(DicomModel):
    """Contrast/Bolus Module Attributes (PS3.3 Table C.7-12)."""

    dicom_name: ClassVar[str] = "Contrast/Bolus"
    dicom_table: ClassVar[str] = "table_C.7-12"

    ContrastBolusAgent: Annotated[
        vr.LO | None, Attribute(0x00180010, "LO", "1", "2", name="Contrast/Bolus Agent")
    ]
    """Contrast/Bolus Agent (0018,0010): Type 2, VR LO, VM 1. Contrast or bolus agent."""

    ContrastBolusAgentSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00180012, "SQ", "1", "3", name="Contrast/Bolus Agent Sequence"),
    ] = None
    """Contrast/Bolus Agent Sequence (0018,0012): Type 3, VR SQ, VM 1. Sequence that identifies the contrast agent. One or more Items are permitted in this Sequence."""

    ContrastBolusRoute: Annotated[
        vr.LO | None, Attribute(0x00181040, "LO", "1", "3", name="Contrast/Bolus Route")
    ] = None
    """Contrast/Bolus Route (0018,1040): Type 3, VR LO, VM 1. Administration route of contrast agent."""

    ContrastBolusAdministrationRouteSequence: Annotated[
        list[_ContrastBolusAdministrationRouteSequenceItem] | None,
        Attribute(0x00180014, "SQ", "1", "3", name="Contrast/Bolus Administration Route Sequence"),
    ] = None
    """Contrast/Bolus Administration Route Sequence (0018,0014): Type 3, VR SQ, VM 1. Sequence that identifies the route of administration of contrast agent. Only a single Item is permitted in this Sequence."""

    ContrastBolusVolume: Annotated[
        vr.DS | None, Attribute(0x00181041, "DS", "1", "3", name="Contrast/Bolus Volume")
    ] = None
    """Contrast/Bolus Volume (0018,1041): Type 3, VR DS, VM 1. Volume injected in milliliters of diluted contrast agent."""

    ContrastBolusStartTime: Annotated[
        vr.TM | None, Attribute(0x00181042, "TM", "1", "3", name="Contrast/Bolus Start Time")
    ] = None
    """Contrast/Bolus Start Time (0018,1042): Type 3, VR TM, VM 1. Time of start of injection."""

    ContrastBolusStopTime: Annotated[
        vr.TM | None, Attribute(0x00181043, "TM", "1", "3", name="Contrast/Bolus Stop Time")
    ] = None
    """Contrast/Bolus Stop Time (0018,1043): Type 3, VR TM, VM 1. Time of end of contrast injection."""

    ContrastBolusTotalDose: Annotated[
        vr.DS | None, Attribute(0x00181044, "DS", "1", "3", name="Contrast/Bolus Total Dose")
    ] = None
    """Contrast/Bolus Total Dose (0018,1044): Type 3, VR DS, VM 1. Total amount in milliliters of the undiluted contrast agent."""

    ContrastFlowRate: Annotated[
        list[vr.DS] | None, Attribute(0x00181046, "DS", "1-n", "3", name="Contrast Flow Rate")
    ] = None
    """Contrast Flow Rate (0018,1046): Type 3, VR DS, VM 1-n. Rate(s) of injection(s) in milliliters/sec."""

    ContrastFlowDuration: Annotated[
        list[vr.DS] | None, Attribute(0x00181047, "DS", "1-n", "3", name="Contrast Flow Duration")
    ] = None
    """Contrast Flow Duration (0018,1047): Type 3, VR DS, VM 1-n. Duration(s) of injection(s) in seconds. Each Contrast Flow Duration value shall correspond to a value of Contrast Flow Rate (0018,1046)."""

    ContrastBolusIngredient: Annotated[
        _ContrastBolusIngredientTerm | vr.CS | None,
        Attribute(0x00181048, "CS", "1", "3", name="Contrast/Bolus Ingredient"),
    ] = None
    """Contrast/Bolus Ingredient (0018,1048): Type 3, VR CS, VM 1. Active ingredient of agent. Defined Terms: IODINE GADOLINIUM CARBON DIOXIDE BARIUM"""

    ContrastBolusIngredientConcentration: Annotated[
        vr.DS | None,
        Attribute(0x00181049, "DS", "1", "3", name="Contrast/Bolus Ingredient Concentration"),
    ] = None
    """Contrast/Bolus Ingredient Concentration (0018,1049): Type 3, VR DS, VM 1. Milligrams of active ingredient per milliliter of (diluted) agent."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdditionalDrugSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContrastBolusAdministrationRouteSequenceItem": (
        "dicomodel.items.contrast_bolus_administration_route_sequence_item",
        "ContrastBolusAdministrationRouteSequenceItem",
    ),
    "ContrastBolusAgentSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContrastBolusIngredientTerm": (
        "dicomodel.enums.contrast_bolus_ingredient",
        "ContrastBolusIngredientTerm",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
