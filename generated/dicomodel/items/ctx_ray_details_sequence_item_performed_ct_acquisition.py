"""Item class CTXRayDetailsSequenceItemPerformedCTAcquisition.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.auto_kvp_selection_type import (
        AutoKVPSelectionTypeTerm as _AutoKVPSelectionTypeTerm,
    )
    from dicomodel.enums.cardiac_beat_rejection_technique import (
        CardiacBeatRejectionTechniqueTerm as _CardiacBeatRejectionTechniqueTerm,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as _CardiacFramingTypeTerm,
    )
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTermPerformedCTAcquisition as _CardiacSignalSourceTermPerformedCTAcquisition,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechniqueValue as _CardiacSynchronizationTechniqueValue,
    )
    from dicomodel.enums.filter_type import (
        FilterTypeTermPerformedCTAcquisition as _FilterTypeTermPerformedCTAcquisition,
    )
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as _RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermPerformedCTAcquisition as _RespiratorySignalSourceTermPerformedCTAcquisition,
    )
    from dicomodel.enums.respiratory_trigger_type import (
        RespiratoryTriggerTypeTerm as _RespiratoryTriggerTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _AutoKVPSelectionTypeTerm = Lazy(
        "dicomodel.enums.auto_kvp_selection_type", "AutoKVPSelectionTypeTerm"
    )
    _CardiacBeatRejectionTechniqueTerm = Lazy(
        "dicomodel.enums.cardiac_beat_rejection_technique", "CardiacBeatRejectionTechniqueTerm"
    )
    _CardiacFramingTypeTerm = Lazy("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm")
    _CardiacSignalSourceTermPerformedCTAcquisition = Lazy(
        "dicomodel.enums.cardiac_signal_source", "CardiacSignalSourceTermPerformedCTAcquisition"
    )
    _CardiacSynchronizationTechniqueValue = Lazy(
        "dicomodel.enums.cardiac_synchronization_technique", "CardiacSynchronizationTechniqueValue"
    )
    _FilterTypeTermPerformedCTAcquisition = Lazy(
        "dicomodel.enums.filter_type", "FilterTypeTermPerformedCTAcquisition"
    )
    _RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition = Lazy(
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition",
    )
    _RespiratorySignalSourceTermPerformedCTAcquisition = Lazy(
        "dicomodel.enums.respiratory_signal_source",
        "RespiratorySignalSourceTermPerformedCTAcquisition",
    )
    _RespiratoryTriggerTypeTerm = Lazy(
        "dicomodel.enums.respiratory_trigger_type", "RespiratoryTriggerTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.auto_kvp_selection_type import (
        AutoKVPSelectionTypeTerm as AutoKVPSelectionTypeTerm,
    )
    from dicomodel.enums.cardiac_beat_rejection_technique import (
        CardiacBeatRejectionTechniqueTerm as CardiacBeatRejectionTechniqueTerm,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as CardiacFramingTypeTerm,
    )
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTermPerformedCTAcquisition as CardiacSignalSourceTerm,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechnique as CardiacSynchronizationTechnique,
    )
    from dicomodel.enums.filter_type import FilterTypeTermPerformedCTAcquisition as FilterTypeTerm
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermPerformedCTAcquisition as RespiratorySignalSourceTerm,
    )
    from dicomodel.enums.respiratory_trigger_type import (
        RespiratoryTriggerTypeTerm as RespiratoryTriggerTypeTerm,
    )

__all__ = [
    "AutoKVPSelectionTypeTerm",
    "CTXRayDetailsSequenceItemPerformedCTAcquisition",
    "CardiacBeatRejectionTechniqueTerm",
    "CardiacFramingTypeTerm",
    "CardiacSignalSourceTerm",
    "CardiacSynchronizationTechnique",
    "FilterTypeTerm",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "RespiratoryTriggerTypeTerm",
]


class CTXRayDetailsSequenceItemPerformedCTAcquisition(DicomModel):
    """An item of CT X-Ray Details Sequence (0018,9325), as first defined in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    dicom_name: ClassVar[str] = "CT X-Ray Details Sequence"
    dicom_table: ClassVar[str] = "table_C.34.10-1"

    BeamNumber: Annotated[vr.IS, Attribute(0x300A00C0, "IS", "1", "1", name="Beam Number")]
    """Beam Number (300A,00C0): Type 1, VR IS, VM 1. Identification number of the beam."""

    KVP: Annotated[vr.DS, Attribute(0x00180060, "DS", "1", "1", name="KVP")]
    """KVP (0018,0060): Type 1, VR DS, VM 1. Peak kilo voltage output of the X-Ray generator."""

    ExposureTimeInms: Annotated[
        vr.FD, Attribute(0x00189328, "FD", "1", "1", name="Exposure Time in ms")
    ]
    """Exposure Time in ms (0018,9328): Type 1, VR FD, VM 1. Duration of exposure for this Acquisition Protocol Element in milliseconds. If Acquisition Type (0018,9302) equals SPIRAL the duration of exposure shall be weighted by the Spiral Pitch Factor (0018,9311)."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD, Attribute(0x00189330, "FD", "1", "1", name="X-Ray Tube Current in mA")
    ]
    """X-Ray Tube Current in mA (0018,9330): Type 1, VR FD, VM 1. Nominal X-Ray tube current in milliamperes."""

    ExposureInmAs: Annotated[vr.FD, Attribute(0x00189332, "FD", "1", "1", name="Exposure in mAs")]
    """Exposure in mAs (0018,9332): Type 1, VR FD, VM 1. The exposure expressed in milliampere seconds, for example calculated from exposure time and X-Ray tube current."""

    AutoKVPSelectionType: Annotated[
        _AutoKVPSelectionTypeTerm | vr.CS,
        Attribute(0x00189944, "CS", "1", "1", name="Auto KVP Selection Type"),
    ]
    """Auto KVP Selection Type (0018,9944): Type 1, VR CS, VM 1. The type of automated selection of the kVp value. Defined Terms: NONE Value is not selected automatically. CNR_BASED Value is selected based on Contrast to Noise Ratio. DIAMETER_BASED Value is selected based on patient diameter."""

    AutoKVPUpperBound: Annotated[
        vr.FD | None, Attribute(0x00189945, "FD", "1", "3", name="Auto KVP Upper Bound")
    ] = None
    """Auto KVP Upper Bound (0018,9945): Type 3, VR FD, VM 1. Upper limit on the value of the auto-selected kVp. Constraints on KVP (0018,0060) represent constraints on the nominal KVP for the scan."""

    AutoKVPLowerBound: Annotated[
        vr.FD | None, Attribute(0x00189946, "FD", "1", "3", name="Auto KVP Lower Bound")
    ] = None
    """Auto KVP Lower Bound (0018,9946): Type 3, VR FD, VM 1. Lower limit on the value of the auto-selected kVp. Constraints on KVP (0018,0060) represent constraints on the nominal KVP for the scan."""

    ExposureModulationType: Annotated[
        list[vr.CS], Attribute(0x00189323, "CS", "1-n", "1", name="Exposure Modulation Type")
    ]
    """Exposure Modulation Type (0018,9323): Type 1, VR CS, VM 1-n. A multi-valued label describing the type of current modulation used for the purpose of limiting the dose. Defined Terms: NONE ANGULAR Current is modulated over different tube angles."""

    FocalSpots: Annotated[
        list[vr.DS], Attribute(0x00181190, "DS", "1-n", "1", name="Focal Spot(s)")
    ]
    """Focal Spot(s) (0018,1190): Type 1, VR DS, VM 1-n. Used nominal size of the focal spot in mm. The Attribute may only have one or two values, for devices with variable focal spot, small dimension followed by large dimension."""

    DataCollectionDiameter: Annotated[
        vr.DS, Attribute(0x00180090, "DS", "1", "1", name="Data Collection Diameter")
    ]
    """Data Collection Diameter (0018,0090): Type 1, VR DS, VM 1. The diameter in mm of the region over which data were collected. See Section C.8.15.3.6.1. In the case of an Acquisition Type (0018,9302) of CONSTANT_ANGLE, the diameter is that in a plane normal to the central ray of the diverging X-Ray be..."""

    FilterType: Annotated[
        _FilterTypeTermPerformedCTAcquisition | vr.SH,
        Attribute(0x00181160, "SH", "1", "1", name="Filter Type"),
    ]
    """Filter Type (0018,1160): Type 1, VR SH, VM 1. Type of filter(s) inserted into the X-Ray beam. Defined Terms: NONE WEDGE BUTTERFLY STRIP MULTIPLE BOWTIE Multiple filters can be expressed by a combination of terms, e.g., BUTTERFLY+WEDGE.…"""

    CardiacSynchronizationTechnique: Annotated[
        _CardiacSynchronizationTechniqueValue,
        Attribute(
            0x00189037,
            "CS",
            "1",
            "1",
            name="Cardiac Synchronization Technique",
            enumerated=((0, ("NONE", "REALTIME", "PROSPECTIVE", "RETROSPECTIVE", "PACED")),),
        ),
    ]
    """Cardiac Synchronization Technique (0018,9037): Type 1, VR CS, VM 1. Cardiac synchronization technique applied during acquisition or processing. Enumerated Values: NONE REALTIME PROSPECTIVE RETROSPECTIVE PACED See Section C.7.6.18.1."""

    CardiacSignalSource: Annotated[
        _CardiacSignalSourceTermPerformedCTAcquisition | vr.CS | None,
        Attribute(
            0x00189085,
            "CS",
            "1",
            "1C",
            name="Cardiac Signal Source",
            when=("value", 0x00189037, 0, "not_in", ("NONE",)),
        ),
    ] = None
    """Cardiac Signal Source (0018,9085): Type 1C, VR CS, VM 1. Required if Cardiac Synchronization Technique (0018,9037) equals other than NONE. Source of cardiac synchronization signal. Defined Terms: ECG Electrocardiogram. VCG Vector cardiogram. PP Peripheral pulse. Required if Cardiac Synchronization Technique (0018,9037) equals other than NONE."""

    CardiacRRIntervalSpecified: Annotated[
        vr.FD | None,
        Attribute(
            0x00189070,
            "FD",
            "1",
            "1C",
            name="Cardiac RR Interval Specified",
            when=("value", 0x00189037, 0, "not_in", ("NONE",)),
        ),
    ] = None
    """Cardiac RR Interval Specified (0018,9070): Type 1C, VR FD, VM 1. Required if Cardiac Synchronization Technique (0018,9037) equals other than NONE. R-R interval in ms measured prior to or during the scan. Required if Cardiac Synchronization Technique (0018,9037) equals other than NONE."""

    CardiacBeatRejectionTechnique: Annotated[
        _CardiacBeatRejectionTechniqueTerm | vr.CS | None,
        Attribute(
            0x00189169,
            "CS",
            "1",
            "1C",
            name="Cardiac Beat Rejection Technique",
            when=("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
        ),
    ] = None
    """Cardiac Beat Rejection Technique (0018,9169): Type 1C, VR CS, VM 1. Required if Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Cardiac arrhythmia rejection technique. Defined Terms: NONE RR_INTERVAL Rejection based on deviation from average RR interval. QRS_LOOP Rejection based on deviation from regular QRS loop. PVC Rejection based on PVC criteria."""

    LowRRValue: Annotated[
        vr.IS | None,
        Attribute(
            0x00181081,
            "IS",
            "1",
            "2C",
            name="Low R-R Value",
            when=("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
        ),
    ] = None
    """Low R-R Value (0018,1081): Type 2C, VR IS, VM 1. Required if Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. R-R interval low limit for beat rejection, in ms. Required if Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE."""

    HighRRValue: Annotated[
        vr.IS | None,
        Attribute(
            0x00181082,
            "IS",
            "1",
            "2C",
            name="High R-R Value",
            when=("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
        ),
    ] = None
    """High R-R Value (0018,1082): Type 2C, VR IS, VM 1. Required if Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. R-R interval high limit for beat rejection, in ms. Required if Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE."""

    SkipBeats: Annotated[vr.IS | None, Attribute(0x00181086, "IS", "1", "3", name="Skip Beats")] = (
        None
    )
    """Skip Beats (0018,1086): Type 3, VR IS, VM 1. Number of beats prescribed to be skipped after each detected arrhythmia."""

    CardiacFramingType: Annotated[
        _CardiacFramingTypeTerm | vr.LO | None,
        Attribute(
            0x00181064,
            "LO",
            "1",
            "1C",
            name="Cardiac Framing Type",
            when=(
                "unknown",
                "names no attribute: type of framing is not time forward from trigger",
            ),
            otherwise="may",
        ),
    ] = None
    """Cardiac Framing Type (0018,1064): Type 1C, VR LO, VM 1. Required if type of framing is not time forward from trigger, may be present otherwise. Type of framing performed. See Section C.7.6.18.1.1.1 for description and Defined Terms. Required if type of framing is not time forward from trigger, may be present otherwise."""

    RespiratoryMotionCompensationTechnique: Annotated[
        _RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition | vr.CS,
        Attribute(0x00189170, "CS", "1", "1", name="Respiratory Motion Compensation Technique"),
    ]
    """Respiratory Motion Compensation Technique (0018,9170): Type 1, VR CS, VM 1. Technique to reduce respiratory motion artifacts. Defined Terms: NONE BREATH_HOLD REALTIME GATING TRACKING RETROSPECTIVE CORRECTION See Section C.7.6.18.2."""

    RespiratorySignalSource: Annotated[
        _RespiratorySignalSourceTermPerformedCTAcquisition | vr.CS | None,
        Attribute(
            0x00189171,
            "CS",
            "1",
            "1C",
            name="Respiratory Signal Source",
            when=("value", 0x00189170, 0, "not_in", ("NONE", "BREATH_HOLD")),
            otherwise="may",
        ),
    ] = None
    """Respiratory Signal Source (0018,9171): Type 1C, VR CS, VM 1. Required if Respiratory Motion Compensation Technique (0018,9170) equals other than NONE or BREATH_HOLD. May be present otherwise. Signal source from which respiratory motion is derived. Defined Terms: NONE BELT NASAL_PROBE CO2_SENSOR ECG Required if Respiratory Motion Compensation Technique (0018,9170) equals other than NONE or BREATH_HOLD. May be present otherwise."""

    RespiratoryTriggerDelayThreshold: Annotated[
        vr.FD | None,
        Attribute(
            0x00209256,
            "FD",
            "1",
            "1C",
            name="Respiratory Trigger Delay Threshold",
            when=("value", 0x00189170, 0, "not_in", ("NONE", "REALTIME", "BREATH_HOLD")),
            otherwise="may",
        ),
    ] = None
    """Respiratory Trigger Delay Threshold (0020,9256): Type 1C, VR FD, VM 1. Required if Respiratory Motion Compensation Technique (0018,9170) equals other than NONE, REALTIME or BREATH_HOLD. May be present otherwise. Respiratory trigger threshold in percent of the chest expansion for the frame relative to the last Respiratory-Peak. See Section C.7.6.16.2.17.1 for further explanation."""

    RespiratoryTriggerType: Annotated[
        _RespiratoryTriggerTypeTerm | vr.CS | None,
        Attribute(
            0x00209250,
            "CS",
            "1",
            "1C",
            name="Respiratory Trigger Type",
            when=("unknown", "names no attribute: the value is not TIME"),
            otherwise="may",
        ),
    ] = None
    """Respiratory Trigger Type (0020,9250): Type 1C, VR CS, VM 1. Required if the value is not TIME. May be present otherwise. Characteristic of the respiratory signal used to the define the respiratory triggering. Defined Terms: TIME AMPLITUDE BOTH Required if the value is not TIME. May be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AutoKVPSelectionTypeTerm": (
        "dicomodel.enums.auto_kvp_selection_type",
        "AutoKVPSelectionTypeTerm",
    ),
    "CardiacBeatRejectionTechniqueTerm": (
        "dicomodel.enums.cardiac_beat_rejection_technique",
        "CardiacBeatRejectionTechniqueTerm",
    ),
    "CardiacFramingTypeTerm": ("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm"),
    "CardiacSignalSourceTerm": (
        "dicomodel.enums.cardiac_signal_source",
        "CardiacSignalSourceTermPerformedCTAcquisition",
    ),
    "CardiacSynchronizationTechnique": (
        "dicomodel.enums.cardiac_synchronization_technique",
        "CardiacSynchronizationTechnique",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTermPerformedCTAcquisition"),
    "RespiratoryMotionCompensationTechniqueTerm": (
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition",
    ),
    "RespiratorySignalSourceTerm": (
        "dicomodel.enums.respiratory_signal_source",
        "RespiratorySignalSourceTermPerformedCTAcquisition",
    ),
    "RespiratoryTriggerTypeTerm": (
        "dicomodel.enums.respiratory_trigger_type",
        "RespiratoryTriggerTypeTerm",
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
