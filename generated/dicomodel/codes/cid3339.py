"""CID 3339 Electrophysiology Annotation.

Extensible, version 20020904, UID 1.2.840.10008.6.1.64.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3339
NAME: _Final[str] = "Electrophysiology Annotation"
KEYWORD: _Final[str | None] = "ElectrophysiologyAnnotation"
UID: _Final[str | None] = "1.2.840.10008.6.1.64"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AblationOff: _Final[_Code] = _Code("DCM", "109038", "Ablation off", (3339,))
"""Ablation off (DCM 109038)."""

AblationOn: _Final[_Code] = _Code("DCM", "109039", "Ablation on", (3339,))
"""Ablation on (DCM 109039)."""

HISBundleWave: _Final[_Code] = _Code("DCM", "109040", "HIS bundle wave", (3339,))
"""HIS bundle wave (DCM 109040)."""

PWave: _Final[_Code] = _Code("DCM", "109041", "P wave", (3339,))
"""P wave (DCM 109041)."""

QWave: _Final[_Code] = _Code("DCM", "109042", "Q wave", (3339,))
"""Q wave (DCM 109042)."""

RWave: _Final[_Code] = _Code("DCM", "109043", "R wave", (3339,))
"""R wave (DCM 109043)."""

SWave: _Final[_Code] = _Code("DCM", "109044", "S wave", (3339,))
"""S wave (DCM 109044)."""

StartOfAtrialContraction_109045: _Final[_Code] = _Code(
    "DCM", "109045", "Start of atrial contraction", (3339,)
)
"""Start of atrial contraction (DCM 109045)."""

StartOfAtrialContraction_109046: _Final[_Code] = _Code(
    "DCM", "109046", "Start of atrial contraction (subsequent)", (3339,)
)
"""Start of atrial contraction (subsequent) (DCM 109046)."""

StimulationAtRate1Interval: _Final[_Code] = _Code(
    "DCM", "109047", "Stimulation at rate 1 interval", (3339,)
)
"""Stimulation at rate 1 interval (DCM 109047)."""

StimulationAtRate2Interval: _Final[_Code] = _Code(
    "DCM", "109048", "Stimulation at rate 2 interval", (3339,)
)
"""Stimulation at rate 2 interval (DCM 109048)."""

StimulationAtRate3Interval: _Final[_Code] = _Code(
    "DCM", "109049", "Stimulation at rate 3 interval", (3339,)
)
"""Stimulation at rate 3 interval (DCM 109049)."""

StimulationAtRate4Interval: _Final[_Code] = _Code(
    "DCM", "109050", "Stimulation at rate 4 interval", (3339,)
)
"""Stimulation at rate 4 interval (DCM 109050)."""

TWave: _Final[_Code] = _Code("DCM", "109051", "T wave", (3339,))
"""T wave (DCM 109051)."""

VWave: _Final[_Code] = _Code("DCM", "109052", "V wave", (3339,))
"""V wave (DCM 109052)."""

VWaveOfNextBeat: _Final[_Code] = _Code("DCM", "109053", "V wave of next beat", (3339,))
"""V wave of next beat (DCM 109053)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AblationOff,
    AblationOn,
    HISBundleWave,
    PWave,
    QWave,
    RWave,
    SWave,
    StartOfAtrialContraction_109045,
    StartOfAtrialContraction_109046,
    StimulationAtRate1Interval,
    StimulationAtRate2Interval,
    StimulationAtRate3Interval,
    StimulationAtRate4Interval,
    TWave,
    VWave,
    VWaveOfNextBeat,
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
