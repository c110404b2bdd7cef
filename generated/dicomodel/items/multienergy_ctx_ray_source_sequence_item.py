"""Item class MultienergyCTXRaySourceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.multienergy_source_technique import (
        MultienergySourceTechniqueTerm as _MultienergySourceTechniqueTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergySourceTechniqueTerm = Lazy(
        "dicomodel.enums.multienergy_source_technique", "MultienergySourceTechniqueTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.multienergy_source_technique import (
        MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm,
    )

__all__ = [
    "MultienergyCTXRaySourceSequenceItem",
    "MultienergySourceTechniqueTerm",
]


class MultienergyCTXRaySourceSequenceItem(DicomModel):
    """An item of Multi-energy CT X-Ray Source Sequence (0018,9365), as first defined in Multi-energy CT X-Ray Source Macro Attributes (C.8.2.2-2)."""

    dicom_name: ClassVar[str] = "Multi-energy CT X-Ray Source Sequence"
    dicom_table: ClassVar[str] = "table_C.8.2.2-2"

    XRaySourceIndex: Annotated[
        vr.US, Attribute(0x00189366, "US", "1", "1", name="X-Ray Source Index")
    ]
    """X-Ray Source Index (0018,9366): Type 1, VR US, VM 1. Identification number of this item in the Multi-energy CT X-Ray Source Sequence. The number shall be 1 for the first Item and increase by 1 for each subsequent Item."""

    XRaySourceID: Annotated[vr.UC, Attribute(0x00189367, "UC", "1", "1", name="X-Ray Source ID")]
    """X-Ray Source ID (0018,9367): Type 1, VR UC, VM 1. Identifier of the physical X-Ray source. This might be the serial number. The X-Ray Source ID (0018,9367) will have the same value for different values of X-Ray Source Index (0018,9366) if a single source generates different nominal energie..."""

    MultienergySourceTechnique: Annotated[
        _MultienergySourceTechniqueTerm | vr.CS,
        Attribute(0x00189368, "CS", "1", "1", name="Multi-energy Source Technique"),
    ]
    """Multi-energy Source Technique (0018,9368): Type 1, VR CS, VM 1. Technique used to acquire Multi-energy data. Defined Terms: SWITCHING_SOURCE a physical X-Ray source (tube) uses beam mode switching CONSTANT_SOURCE a physical X-Ray source (tube) uses a beam with constant characteristics"""

    SourceStartDateTime: Annotated[
        vr.DT, Attribute(0x00189369, "DT", "1", "1", name="Source Start DateTime")
    ]
    """Source Start DateTime (0018,9369): Type 1, VR DT, VM 1. The date and time this X-Ray source (see Section C.8.2.2.1.1) was first used in this Multi-energy acquisition."""

    SourceEndDateTime: Annotated[
        vr.DT, Attribute(0x0018936A, "DT", "1", "1", name="Source End DateTime")
    ]
    """Source End DateTime (0018,936A): Type 1, VR DT, VM 1. The date and time this X-Ray source (see Section C.8.2.2.1.1) was last used in this Multi-energy acquisition."""

    SwitchingPhaseNumber: Annotated[
        vr.US | None,
        Attribute(
            0x0018936B,
            "US",
            "1",
            "1C",
            name="Switching Phase Number",
            when=("value", 0x00189368, 0, "in", ("SWITCHING_SOURCE",)),
        ),
    ] = None
    """Switching Phase Number (0018,936B): Type 1C, VR US, VM 1. Required if Multi-energy Source Technique (0018,9368) is \"SWITCHING_SOURCE\". A number, unique within the sequence, to identify the switching phase. Required if Multi-energy Source Technique (0018,9368) is \"SWITCHING_SOURCE\"."""

    SwitchingPhaseNominalDuration: Annotated[
        vr.DS | None, Attribute(0x0018936C, "DS", "1", "3", name="Switching Phase Nominal Duration")
    ] = None
    """Switching Phase Nominal Duration (0018,936C): Type 3, VR DS, VM 1. Duration, in microseconds, that the energy is nominally in the target KV for this switching phase. I.e., the Switching Phase Nominal Duration does not include the Switching Phase Transition Duration (0018,936D)."""

    SwitchingPhaseTransitionDuration: Annotated[
        vr.DS | None,
        Attribute(0x0018936D, "DS", "1", "3", name="Switching Phase Transition Duration"),
    ] = None
    """Switching Phase Transition Duration (0018,936D): Type 3, VR DS, VM 1. Duration, in microseconds, that the energy has left the target KV for this switching phase, but has not yet reached the target KV for the next phase."""

    GeneratorPower: Annotated[
        vr.IS | None, Attribute(0x00181170, "IS", "1", "3", name="Generator Power")
    ] = None
    """Generator Power (0018,1170): Type 3, VR IS, VM 1. Power in kW going into the X-Ray generator."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MultienergySourceTechniqueTerm": (
        "dicomodel.enums.multienergy_source_technique",
        "MultienergySourceTechniqueTerm",
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
