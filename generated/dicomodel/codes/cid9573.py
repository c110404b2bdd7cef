"""CID 9573 Patient Treatment Preparation Device.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1420.
Includes CID 9513, CID 9515, CID 9575, CID 9572, CID 9578.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9573
NAME: _Final[str] = "Patient Treatment Preparation Device"
KEYWORD: _Final[str | None] = "PatientTreatmentPreparationDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.1420"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = (9513, 9515, 9575, 9572, 9578)
EXTERNAL_SCHEME: _Final[str | None] = None

BiteBlock: _Final[_Code] = _Code("SCT", "228745001", "Bite block", (9513,))
"""Bite block (SCT 228745001). Included from CID 9513."""

Headframe: _Final[_Code] = _Code("DCM", "130110", "Headframe", (9513,))
"""Headframe (DCM 130110). Included from CID 9513."""

HeadMask: _Final[_Code] = _Code("DCM", "130111", "Head Mask", (9513,))
"""Head Mask (DCM 130111). Included from CID 9513."""

HeadAndNeckMask: _Final[_Code] = _Code("DCM", "130112", "Head and Neck Mask", (9513,))
"""Head and Neck Mask (DCM 130112). Included from CID 9513."""

Mold: _Final[_Code] = _Code("DCM", "130113", "Mold", (9513,))
"""Mold (DCM 130113). Included from CID 9513."""

Cast: _Final[_Code] = _Code("DCM", "130114", "Cast", (9513,))
"""Cast (DCM 130114). Included from CID 9513."""

Headrest: _Final[_Code] = _Code("SCT", "706683002", "Headrest", (9513,))
"""Headrest (SCT 706683002). Included from CID 9513."""

BreastBoard: _Final[_Code] = _Code("DCM", "130116", "Breast Board", (9513,))
"""Breast Board (DCM 130116). Included from CID 9513."""

BodyFrame: _Final[_Code] = _Code("DCM", "130117", "Body Frame", (9513,))
"""Body Frame (DCM 130117). Included from CID 9513."""

VacuumMold: _Final[_Code] = _Code("DCM", "130118", "Vacuum Mold", (9513,))
"""Vacuum Mold (DCM 130118). Included from CID 9513."""

WholeBodyPod: _Final[_Code] = _Code("DCM", "130119", "Whole Body Pod", (9513,))
"""Whole Body Pod (DCM 130119). Included from CID 9513."""

RectalBalloon: _Final[_Code] = _Code("DCM", "130120", "Rectal Balloon", (9513,))
"""Rectal Balloon (DCM 130120). Included from CID 9513."""

VaginalCylinder: _Final[_Code] = _Code("DCM", "130121", "Vaginal Cylinder", (9513,))
"""Vaginal Cylinder (DCM 130121). Included from CID 9513."""

BreastBridge: _Final[_Code] = _Code("DCM", "130653", "Breast Bridge", (9513,))
"""Breast Bridge (DCM 130653). Included from CID 9513."""

AbdominalCompressionBelt: _Final[_Code] = _Code(
    "DCM", "130654", "Abdominal Compression Belt", (9513,)
)
"""Abdominal Compression Belt (DCM 130654). Included from CID 9513."""

AbdominalCompressionArch: _Final[_Code] = _Code(
    "DCM", "130655", "Abdominal Compression Arch", (9513,)
)
"""Abdominal Compression Arch (DCM 130655). Included from CID 9513."""

HeadFixationBoard: _Final[_Code] = _Code("DCM", "130656", "Head Fixation Board", (9513,))
"""Head Fixation Board (DCM 130656). Included from CID 9513."""

Backrest: _Final[_Code] = _Code("SCT", "20406008", "Backrest", (9513,))
"""Backrest (SCT 20406008). Included from CID 9513."""

ShinRest: _Final[_Code] = _Code("DCM", "130852", "Shin Rest", (9513,))
"""Shin Rest (DCM 130852). Included from CID 9513."""

HeelStop: _Final[_Code] = _Code("DCM", "130853", "Heel Stop", (9513,))
"""Heel Stop (DCM 130853). Included from CID 9513."""

Armrest: _Final[_Code] = _Code("SCT", "468115008", "Armrest", (9513,))
"""Armrest (SCT 468115008). Included from CID 9513."""

HandGrips: _Final[_Code] = _Code("DCM", "130854", "Hand Grips", (9513,))
"""Hand Grips (DCM 130854). Included from CID 9513."""

SeatPan: _Final[_Code] = _Code("DCM", "130855", "Seat Pan", (9513,))
"""Seat Pan (DCM 130855). Included from CID 9513."""

Table: _Final[_Code] = _Code("SCT", "86407004", "Table", (7158, 9515))
"""Table (SCT 86407004). Included from CID 9515."""

Chair: _Final[_Code] = _Code("SCT", "706699008", "Chair", (9515,))
"""Chair (SCT 706699008). Included from CID 9515."""

Stretcher: _Final[_Code] = _Code("SCT", "89149003", "Stretcher", (9515,))
"""Stretcher (SCT 89149003). Included from CID 9515."""

Wall: _Final[_Code] = _Code("SCT", "224727009", "Wall", (9515,))
"""Wall (SCT 224727009). Included from CID 9515."""

Floor: _Final[_Code] = _Code("SCT", "709280007", "Floor", (9515,))
"""Floor (SCT 709280007). Included from CID 9515."""

LaserCrossHairs: _Final[_Code] = _Code("DCM", "128151", "Laser Cross-hairs", (1015, 9575))
"""Laser Cross-hairs (DCM 128151). Included from CID 9575."""

OpticalDistanceMeter: _Final[_Code] = _Code("DCM", "130642", "Optical Distance Meter", (9575,))
"""Optical Distance Meter (DCM 130642). Included from CID 9575."""

MechanicalPointer: _Final[_Code] = _Code("DCM", "130643", "Mechanical Pointer", (9575,))
"""Mechanical Pointer (DCM 130643). Included from CID 9575."""

RadiofrequencyTransponder: _Final[_Code] = _Code(
    "DCM", "130644", "Radiofrequency Transponder", (9575,)
)
"""Radiofrequency Transponder (DCM 130644). Included from CID 9575."""

OpticalSurfaceScanner: _Final[_Code] = _Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS). Included from CID 9575."""

LaserSurfaceScan: _Final[_Code] = _Code("DCM", "LS", "Laser Surface Scan", (29, 9575))
"""Laser Surface Scan (DCM LS). Included from CID 9575."""

InfraredMarker: _Final[_Code] = _Code("DCM", "130645", "Infrared Marker", (9575,))
"""Infrared Marker (DCM 130645). Included from CID 9575."""

RadioactiveMarker: _Final[_Code] = _Code("DCM", "130646", "Radioactive Marker", (9575,))
"""Radioactive Marker (DCM 130646). Included from CID 9575."""

ThermalImager: _Final[_Code] = _Code("DCM", "130647", "Thermal Imager", (9575,))
"""Thermal Imager (DCM 130647). Included from CID 9575."""

CombinedStructuredLightThermalImager: _Final[_Code] = _Code(
    "DCM", "130648", "Combined Structured Light/Thermal Imager", (9575,)
)
"""Combined Structured Light/Thermal Imager (DCM 130648). Included from CID 9575."""

OcularFixationLight: _Final[_Code] = _Code("DCM", "130649", "Ocular Fixation Light", (9575,))
"""Ocular Fixation Light (DCM 130649). Included from CID 9575."""

GonadRadiationShield: _Final[_Code] = _Code("SCT", "470204007", "Gonad radiation shield", (9572,))
"""Gonad radiation shield (SCT 470204007). Included from CID 9572."""

EyeRadiationShield: _Final[_Code] = _Code("SCT", "469266003", "Eye radiation shield", (9572,))
"""Eye radiation shield (SCT 469266003). Included from CID 9572."""

CavityRadiationShield: _Final[_Code] = _Code("DCM", "130640", "Cavity radiation shield", (9572,))
"""Cavity radiation shield (DCM 130640). Included from CID 9572."""

IndependentRadiationShield: _Final[_Code] = _Code(
    "DCM", "130641", "Independent radiation shield", (9572,)
)
"""Independent radiation shield (DCM 130641). Included from CID 9572."""

CoachingDevice: _Final[_Code] = _Code("DCM", "130650", "Coaching Device", (9578,))
"""Coaching Device (DCM 130650). Included from CID 9578."""

PatientDistractionDevice: _Final[_Code] = _Code(
    "DCM", "130651", "Patient Distraction Device", (9578,)
)
"""Patient Distraction Device (DCM 130651). Included from CID 9578."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BiteBlock,
    Headframe,
    HeadMask,
    HeadAndNeckMask,
    Mold,
    Cast,
    Headrest,
    BreastBoard,
    BodyFrame,
    VacuumMold,
    WholeBodyPod,
    RectalBalloon,
    VaginalCylinder,
    BreastBridge,
    AbdominalCompressionBelt,
    AbdominalCompressionArch,
    HeadFixationBoard,
    Backrest,
    ShinRest,
    HeelStop,
    Armrest,
    HandGrips,
    SeatPan,
    Table,
    Chair,
    Stretcher,
    Wall,
    Floor,
    LaserCrossHairs,
    OpticalDistanceMeter,
    MechanicalPointer,
    RadiofrequencyTransponder,
    OpticalSurfaceScanner,
    LaserSurfaceScan,
    InfraredMarker,
    RadioactiveMarker,
    ThermalImager,
    CombinedStructuredLightThermalImager,
    OcularFixationLight,
    GonadRadiationShield,
    EyeRadiationShield,
    CavityRadiationShield,
    IndependentRadiationShield,
    CoachingDevice,
    PatientDistractionDevice,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
