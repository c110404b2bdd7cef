"""CID 7 Ultrasound Beam Path.

Extensible, version 20191108, UID 1.2.840.10008.6.1.5.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7
NAME: _Final[str] = "Ultrasound Beam Path"
KEYWORD: _Final[str | None] = "UltrasoundBeamPath"
UID: _Final[str | None] = "1.2.840.10008.6.1.5"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20191108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TransHepatic: _Final[_Code] = _Code("SCT", "103381007", "Trans-hepatic", (7,))
"""Trans-hepatic (SCT 103381007)."""

TransGastric: _Final[_Code] = _Code("SCT", "103353001", "Trans-gastric", (7,))
"""Trans-gastric (SCT 103353001)."""

TransPleural: _Final[_Code] = _Code("SCT", "103348006", "Trans-pleural", (7,))
"""Trans-pleural (SCT 103348006)."""

TransMural: _Final[_Code] = _Code("SCT", "103354007", "Trans-mural", (7,))
"""Trans-mural (SCT 103354007)."""

TransOrbital: _Final[_Code] = _Code("SCT", "129226004", "Trans-orbital", (7,))
"""Trans-orbital (SCT 129226004)."""

TransPancreatic: _Final[_Code] = _Code("SCT", "103349003", "Trans-pancreatic", (7,))
"""Trans-pancreatic (SCT 103349003)."""

TransRectal: _Final[_Code] = _Code("SCT", "6706003", "Trans-rectal", (7,))
"""Trans-rectal (SCT 6706003)."""

TransRenal: _Final[_Code] = _Code("SCT", "103347001", "Trans-renal", (7,))
"""Trans-renal (SCT 103347001)."""

TransTemporal: _Final[_Code] = _Code("SCT", "103382000", "Trans-temporal", (7,))
"""Trans-temporal (SCT 103382000)."""

TransThecal: _Final[_Code] = _Code("SCT", "103345009", "Trans-thecal", (7,))
"""Trans-thecal (SCT 103345009)."""

TransUrethral: _Final[_Code] = _Code("SCT", "57257006", "Trans-urethral", (7,))
"""Trans-urethral (SCT 57257006)."""

TransVesical: _Final[_Code] = _Code("SCT", "103344008", "Trans-vesical", (7,))
"""Trans-vesical (SCT 103344008)."""

TransSplenic: _Final[_Code] = _Code("SCT", "103346005", "Trans-splenic", (7,))
"""Trans-splenic (SCT 103346005)."""

TransEsophageal: _Final[_Code] = _Code("SCT", "103383005", "Trans-esophageal", (7,))
"""Trans-esophageal (SCT 103383005)."""

TransAbdominal: _Final[_Code] = _Code("SCT", "66739002", "Trans-abdominal", (7, 12025))
"""Trans-abdominal (SCT 66739002)."""

TransVaginal: _Final[_Code] = _Code("SCT", "54300008", "Trans-vaginal", (7, 12025))
"""Trans-vaginal (SCT 54300008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TransHepatic,
    TransGastric,
    TransPleural,
    TransMural,
    TransOrbital,
    TransPancreatic,
    TransRectal,
    TransRenal,
    TransTemporal,
    TransThecal,
    TransUrethral,
    TransVesical,
    TransSplenic,
    TransEsophageal,
    TransAbdominal,
    TransVaginal,
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
