"""CID 8113 Specimen Preparation Step.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1051.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
SpecimenMicrowaveHeating: _Final[_groups.Cid8113Code]
SpecimenSteamHeating: _Final[_groups.Cid8113Code]
ProteaseDigestionOfTissueSpecimen: _Final[_groups.Cid8113Code]
SpecimenDehydration: _Final[_groups.Cid8113Code]
SpecimenFreezing: _Final[_groups.Cid8113Code]
SpecimenClearing: _Final[_groups.Cid8113Code]
MEMBERS: _Final[tuple[_groups.Cid8113Code, ...]]
