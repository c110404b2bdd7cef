"""CID 11 Administration Route.

Extensible, version 20240611, UID 1.2.840.10008.6.1.9.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 11
NAME: _Final[str] = "Administration Route"
KEYWORD: _Final[str | None] = "AdministrationRoute"
UID: _Final[str | None] = "1.2.840.10008.6.1.9"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IntravenousRoute: _Final[_Code] = _Code("SCT", "47625008", "Intravenous route", (11, 614))
"""Intravenous route (SCT 47625008)."""

IntraArterialRoute: _Final[_Code] = _Code("SCT", "58100008", "Intra-arterial route", (11,))
"""Intra-arterial route (SCT 58100008)."""

IntramuscularRoute: _Final[_Code] = _Code("SCT", "78421000", "Intramuscular route", (11, 614))
"""Intramuscular route (SCT 78421000)."""

SubcutaneousRoute: _Final[_Code] = _Code("SCT", "34206005", "Subcutaneous route", (11,))
"""Subcutaneous route (SCT 34206005)."""

IntracutaneousRoute: _Final[_Code] = _Code("SCT", "372464004", "Intracutaneous route", (11,))
"""Intracutaneous route (SCT 372464004)."""

IntraperitonealRoute: _Final[_Code] = _Code("SCT", "38239002", "Intraperitoneal route", (11, 613))
"""Intraperitoneal route (SCT 38239002)."""

IntramedullaryRoute: _Final[_Code] = _Code("SCT", "60213007", "Intramedullary route", (11,))
"""Intramedullary route (SCT 60213007)."""

IntrathecalRoute: _Final[_Code] = _Code("SCT", "72607000", "Intrathecal route", (11,))
"""Intrathecal route (SCT 72607000)."""

IntraArticularRoute: _Final[_Code] = _Code("SCT", "12130007", "Intra-articular route", (11,))
"""Intra-articular route (SCT 12130007)."""

IntraepithelialRoute: _Final[_Code] = _Code("NCIt", "C38244", "Intraepithelial route", (11,))
"""Intraepithelial route (NCIt C38244)."""

TopicalRoute: _Final[_Code] = _Code("SCT", "6064005", "Topical route", (11,))
"""Topical route (SCT 6064005)."""

OralRoute: _Final[_Code] = _Code("SCT", "26643006", "Oral route", (11,))
"""Oral route (SCT 26643006)."""

TransluminalRoute: _Final[_Code] = _Code("NCIt", "C38306", "Transluminal route", (11,))
"""Transluminal route (NCIt C38306)."""

IntraluminalRoute: _Final[_Code] = _Code("SCT", "37737002", "Intraluminal route", (11,))
"""Intraluminal route (SCT 37737002)."""

ExtraluminalRoute: _Final[_Code] = _Code("NCIt", "C38213", "Extraluminal route", (11,))
"""Extraluminal route (NCIt C38213)."""

ByInhalation: _Final[_Code] = _Code("SCT", "446406008", "By inhalation", (11, 614))
"""By inhalation (SCT 446406008)."""

PerRectum: _Final[_Code] = _Code("SCT", "37161004", "Per rectum", (11, 614))
"""Per rectum (SCT 37161004)."""

VaginalRoute: _Final[_Code] = _Code("SCT", "16857009", "Vaginal route", (11,))
"""Vaginal route (SCT 16857009)."""

IntracoronaryRoute: _Final[_Code] = _Code("SCT", "372463005", "Intracoronary route", (11,))
"""Intracoronary route (SCT 372463005)."""

IntracardiacRoute: _Final[_Code] = _Code("SCT", "372460008", "Intracardiac route", (11,))
"""Intracardiac route (SCT 372460008)."""

IntraventricularRouteCardiac: _Final[_Code] = _Code(
    "SCT", "420287000", "Intraventricular route - cardiac", (11,)
)
"""Intraventricular route - cardiac (SCT 420287000)."""

RetroOrbitalRoute: _Final[_Code] = _Code("DCM", "127070", "Retro-orbital route", (11,))
"""Retro-orbital route (DCM 127070)."""

NasalRoute: _Final[_Code] = _Code("SCT", "46713006", "Nasal route", (11,))
"""Nasal route (SCT 46713006)."""

IntratumorRoute: _Final[_Code] = _Code("SCT", "447122006", "Intratumor route", (11,))
"""Intratumor route (SCT 447122006)."""

IntracorpusCavernosumRoute: _Final[_Code] = _Code(
    "SCT", "1259221004", "Intracorpus cavernosum route", (11,)
)
"""Intracorpus cavernosum route (SCT 1259221004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IntravenousRoute,
    IntraArterialRoute,
    IntramuscularRoute,
    SubcutaneousRoute,
    IntracutaneousRoute,
    IntraperitonealRoute,
    IntramedullaryRoute,
    IntrathecalRoute,
    IntraArticularRoute,
    IntraepithelialRoute,
    TopicalRoute,
    OralRoute,
    TransluminalRoute,
    IntraluminalRoute,
    ExtraluminalRoute,
    ByInhalation,
    PerRectum,
    VaginalRoute,
    IntracoronaryRoute,
    IntracardiacRoute,
    IntraventricularRouteCardiac,
    RetroOrbitalRoute,
    NasalRoute,
    IntratumorRoute,
    IntracorpusCavernosumRoute,
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
