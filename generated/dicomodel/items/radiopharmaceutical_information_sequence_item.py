"""Item class RadiopharmaceuticalInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.calibration_data_sequence_item import (
        CalibrationDataSequenceItem as _CalibrationDataSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CalibrationDataSequenceItem = Lazy(
        "dicomodel.items.calibration_data_sequence_item", "CalibrationDataSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadionuclideCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiopharmaceuticalCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "CalibrationDataSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RadionuclideCodeSequenceItem",
    "RadiopharmaceuticalCodeSequenceItem",
    "RadiopharmaceuticalInformationSequenceItem",
]


class RadiopharmaceuticalInformationSequenceItem(DicomModel):
    """An item of Radiopharmaceutical Information Sequence (0054,0016), as first defined in NM Isotope Module Attributes (C.8-10)."""

    dicom_name: ClassVar[str] = "Radiopharmaceutical Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-10"

    RadionuclideCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00540300, "SQ", "1", "2", name="Radionuclide Code Sequence"),
    ]
    """Radionuclide Code Sequence (0054,0300): Type 2, VR SQ, VM 1. Sequence that identifies the radionuclide. Zero or one Item shall be included in this Sequence."""

    RadiopharmaceuticalRoute: Annotated[
        vr.LO | None, Attribute(0x00181070, "LO", "1", "3", name="Radiopharmaceutical Route")
    ] = None
    """Radiopharmaceutical Route (0018,1070): Type 3, VR LO, VM 1. Route of injection."""

    AdministrationRouteCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00540302, "SQ", "1", "3", name="Administration Route Code Sequence"),
    ] = None
    """Administration Route Code Sequence (0054,0302): Type 3, VR SQ, VM 1. Sequence that identifies the administration route for the radiopharmaceutical. Only a single Item is permitted in this Sequence."""

    RadiopharmaceuticalVolume: Annotated[
        vr.DS | None, Attribute(0x00181071, "DS", "1", "3", name="Radiopharmaceutical Volume")
    ] = None
    """Radiopharmaceutical Volume (0018,1071): Type 3, VR DS, VM 1. Volume of injection in cubic cm."""

    RadiopharmaceuticalStartTime: Annotated[
        vr.TM | None, Attribute(0x00181072, "TM", "1", "3", name="Radiopharmaceutical Start Time")
    ] = None
    """Radiopharmaceutical Start Time (0018,1072): Type 3, VR TM, VM 1. Time of start of injection. See Section C.8.4.10.1.5 for further explanation."""

    RadiopharmaceuticalStopTime: Annotated[
        vr.TM | None, Attribute(0x00181073, "TM", "1", "3", name="Radiopharmaceutical Stop Time")
    ] = None
    """Radiopharmaceutical Stop Time (0018,1073): Type 3, VR TM, VM 1. Time of end of injection. See Section C.8.4.10.1.6 for further explanation."""

    RadionuclideTotalDose: Annotated[
        vr.DS | None, Attribute(0x00181074, "DS", "1", "3", name="Radionuclide Total Dose")
    ] = None
    """Radionuclide Total Dose (0018,1074): Type 3, VR DS, VM 1. Total amount of radionuclide injected. See Section C.8.4.10.1.7 for further explanation."""

    RadiopharmaceuticalAdministrationEventUID: Annotated[
        vr.UI | None,
        Attribute(0x00083012, "UI", "1", "3", name="Radiopharmaceutical Administration Event UID"),
    ] = None
    """Radiopharmaceutical Administration Event UID (0008,3012): Type 3, VR UI, VM 1. Unique identification of the administration of the radiopharmaceutical to the patient. The UID is the same Radiopharmaceutical Administration Event UID that is in the Radiopharmaceutical Radiation Dose Report."""

    CalibrationDataSequence: Annotated[
        list[_CalibrationDataSequenceItem] | None,
        Attribute(0x00540306, "SQ", "1", "3", name="Calibration Data Sequence"),
    ] = None
    """Calibration Data Sequence (0054,0306): Type 3, VR SQ, VM 1. Sequence that contains calibration data. One or more Items are permitted in this Sequence."""

    Radiopharmaceutical: Annotated[
        vr.LO | None, Attribute(0x00180031, "LO", "1", "3", name="Radiopharmaceutical")
    ] = None
    """Radiopharmaceutical (0018,0031): Type 3, VR LO, VM 1. Name of the radiopharmaceutical."""

    RadiopharmaceuticalCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00540304, "SQ", "1", "3", name="Radiopharmaceutical Code Sequence"),
    ] = None
    """Radiopharmaceutical Code Sequence (0054,0304): Type 3, VR SQ, VM 1. Sequence that identifies the radiopharmaceutical. Only a single Item is permitted in this Sequence."""


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
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "RadionuclideCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RadiopharmaceuticalCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
