"""NM Isotope Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.energy_window_information_sequence_item import (
        EnergyWindowInformationSequenceItem as _EnergyWindowInformationSequenceItem,
    )
    from dicomodel.items.intervention_drug_information_sequence_item import (
        InterventionDrugInformationSequenceItem as _InterventionDrugInformationSequenceItem,
    )
    from dicomodel.items.radiopharmaceutical_information_sequence_item import (
        RadiopharmaceuticalInformationSequenceItem as _RadiopharmaceuticalInformationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _EnergyWindowInformationSequenceItem = Lazy(
        "dicomodel.items.energy_window_information_sequence_item",
        "EnergyWindowInformationSequenceItem",
    )
    _InterventionDrugInformationSequenceItem = Lazy(
        "dicomodel.items.intervention_drug_information_sequence_item",
        "InterventionDrugInformationSequenceItem",
    )
    _RadiopharmaceuticalInformationSequenceItem = Lazy(
        "dicomodel.items.radiopharmaceutical_information_sequence_item",
        "RadiopharmaceuticalInformationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.calibration_data_sequence_item import (
        CalibrationDataSequenceItem as CalibrationDataSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdministrationRouteCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterventionDrugCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadionuclideCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiopharmaceuticalCodeSequenceItem,
    )
    from dicomodel.items.energy_window_information_sequence_item import (
        EnergyWindowInformationSequenceItem as EnergyWindowInformationSequenceItem,
    )
    from dicomodel.items.energy_window_range_sequence_item import (
        EnergyWindowRangeSequenceItem as EnergyWindowRangeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.intervention_drug_information_sequence_item import (
        InterventionDrugInformationSequenceItem as InterventionDrugInformationSequenceItem,
    )
    from dicomodel.items.radiopharmaceutical_information_sequence_item import (
        RadiopharmaceuticalInformationSequenceItem as RadiopharmaceuticalInformationSequenceItem,
    )

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "CalibrationDataSequenceItem",
    "ContextGroupExtensionFlag",
    "EnergyWindowInformationSequenceItem",
    "EnergyWindowRangeSequenceItem",
    "EquivalentCodeSequenceItem",
    "InterventionDrugCodeSequenceItem",
    "InterventionDrugInformationSequenceItem",
    "MappingResourceTerm",
    "NMIsotopeModule",
    "RadionuclideCodeSequenceItem",
    "RadiopharmaceuticalCodeSequenceItem",
    "RadiopharmaceuticalInformationSequenceItem",
]


class NMIsotopeModule(DicomModel):
    """NM Isotope Module Attributes (PS3.3 Table C.8-10)."""

    dicom_name: ClassVar[str] = "NM Isotope"
    dicom_table: ClassVar[str] = "table_C.8-10"

    EnergyWindowInformationSequence: Annotated[
        list[_EnergyWindowInformationSequenceItem] | None,
        Attribute(0x00540012, "SQ", "1", "2", name="Energy Window Information Sequence"),
    ]
    """Energy Window Information Sequence (0054,0012): Type 2, VR SQ, VM 1. Sequence of Items that describe the energy window groups used. Zero or more Items shall be included in this Sequence. The number of Items shall be equal to Number of Energy Windows (0054,0011)."""

    RadiopharmaceuticalInformationSequence: Annotated[
        list[_RadiopharmaceuticalInformationSequenceItem] | None,
        Attribute(0x00540016, "SQ", "1", "2", name="Radiopharmaceutical Information Sequence"),
    ]
    """Radiopharmaceutical Information Sequence (0054,0016): Type 2, VR SQ, VM 1. Sequence of Items that describe isotope information. Zero or more Items shall be included in this Sequence."""

    InterventionDrugInformationSequence: Annotated[
        list[_InterventionDrugInformationSequenceItem] | None,
        Attribute(0x00180026, "SQ", "1", "3", name="Intervention Drug Information Sequence"),
    ] = None
    """Intervention Drug Information Sequence (0018,0026): Type 3, VR SQ, VM 1. Sequence of Items that describes the intervention drugs used. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdministrationRouteCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "CalibrationDataSequenceItem": (
        "dicomodel.items.calibration_data_sequence_item",
        "CalibrationDataSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EnergyWindowInformationSequenceItem": (
        "dicomodel.items.energy_window_information_sequence_item",
        "EnergyWindowInformationSequenceItem",
    ),
    "EnergyWindowRangeSequenceItem": (
        "dicomodel.items.energy_window_range_sequence_item",
        "EnergyWindowRangeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InterventionDrugCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InterventionDrugInformationSequenceItem": (
        "dicomodel.items.intervention_drug_information_sequence_item",
        "InterventionDrugInformationSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "RadionuclideCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RadiopharmaceuticalCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiopharmaceuticalInformationSequenceItem": (
        "dicomodel.items.radiopharmaceutical_information_sequence_item",
        "RadiopharmaceuticalInformationSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
