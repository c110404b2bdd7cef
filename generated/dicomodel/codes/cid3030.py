"""CID 3030 EEG Lead.

Extensible, version 20211114, UID 1.2.840.10008.6.1.1328.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3030
NAME: _Final[str] = "EEG Lead"
KEYWORD: _Final[str | None] = "EEGLead"
UID: _Final[str | None] = "1.2.840.10008.6.1.1328"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20211114"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Nz: _Final[_Code] = _Code("MDC", "7:996", "Nz", (3030,))
"""Nz (MDC 7:996)."""

Fpz: _Final[_Code] = _Code("MDC", "7:1000", "Fpz", (3030,))
"""Fpz (MDC 7:1000)."""

Afz: _Final[_Code] = _Code("MDC", "7:1004", "AFz", (3030,))
"""AFz (MDC 7:1004)."""

Fz: _Final[_Code] = _Code("MDC", "7:1008", "Fz", (3030,))
"""Fz (MDC 7:1008)."""

Fcz: _Final[_Code] = _Code("MDC", "7:1012", "FCz", (3030,))
"""FCz (MDC 7:1012)."""

Cz: _Final[_Code] = _Code("MDC", "7:1016", "Cz", (3030,))
"""Cz (MDC 7:1016)."""

Cpz: _Final[_Code] = _Code("MDC", "7:1020", "CPz", (3030,))
"""CPz (MDC 7:1020)."""

Pz: _Final[_Code] = _Code("MDC", "7:1024", "Pz", (3030,))
"""Pz (MDC 7:1024)."""

Poz: _Final[_Code] = _Code("MDC", "7:1028", "POz", (3030,))
"""POz (MDC 7:1028)."""

Oz: _Final[_Code] = _Code("MDC", "7:1032", "Oz", (3030,))
"""Oz (MDC 7:1032)."""

Iz: _Final[_Code] = _Code("MDC", "7:1036", "Iz", (3030,))
"""Iz (MDC 7:1036)."""

Fp1: _Final[_Code] = _Code("MDC", "7:1041", "Fp1", (3030,))
"""Fp1 (MDC 7:1041)."""

Fp2: _Final[_Code] = _Code("MDC", "7:1042", "Fp2", (3030,))
"""Fp2 (MDC 7:1042)."""

F1: _Final[_Code] = _Code("MDC", "7:1049", "F1", (3030,))
"""F1 (MDC 7:1049)."""

F2: _Final[_Code] = _Code("MDC", "7:1054", "F2", (3030,))
"""F2 (MDC 7:1054)."""

F3: _Final[_Code] = _Code("MDC", "7:1057", "F3", (3030,))
"""F3 (MDC 7:1057)."""

F4: _Final[_Code] = _Code("MDC", "7:1062", "F4", (3030,))
"""F4 (MDC 7:1062)."""

F5: _Final[_Code] = _Code("MDC", "7:1065", "F5", (3030,))
"""F5 (MDC 7:1065)."""

F6: _Final[_Code] = _Code("MDC", "7:1070", "F6", (3030,))
"""F6 (MDC 7:1070)."""

F7: _Final[_Code] = _Code("MDC", "7:1073", "F7", (3030,))
"""F7 (MDC 7:1073)."""

F8: _Final[_Code] = _Code("MDC", "7:1078", "F8", (3030,))
"""F8 (MDC 7:1078)."""

F9: _Final[_Code] = _Code("MDC", "7:1081", "F9", (3030,))
"""F9 (MDC 7:1081)."""

F10: _Final[_Code] = _Code("MDC", "7:1086", "F10", (3030,))
"""F10 (MDC 7:1086)."""

FC1: _Final[_Code] = _Code("MDC", "7:1089", "FC1", (3030,))
"""FC1 (MDC 7:1089)."""

FC2: _Final[_Code] = _Code("MDC", "7:1094", "FC2", (3030,))
"""FC2 (MDC 7:1094)."""

FC3: _Final[_Code] = _Code("MDC", "7:1097", "FC3", (3030,))
"""FC3 (MDC 7:1097)."""

FC4: _Final[_Code] = _Code("MDC", "7:1102", "FC4", (3030,))
"""FC4 (MDC 7:1102)."""

FC5: _Final[_Code] = _Code("MDC", "7:1105", "FC5", (3030,))
"""FC5 (MDC 7:1105)."""

FC6: _Final[_Code] = _Code("MDC", "7:1110", "FC6", (3030,))
"""FC6 (MDC 7:1110)."""

FT7: _Final[_Code] = _Code("MDC", "7:1113", "FT7", (3030,))
"""FT7 (MDC 7:1113)."""

FT8: _Final[_Code] = _Code("MDC", "7:1118", "FT8", (3030,))
"""FT8 (MDC 7:1118)."""

FT9: _Final[_Code] = _Code("MDC", "7:1121", "FT9", (3030,))
"""FT9 (MDC 7:1121)."""

FT10: _Final[_Code] = _Code("MDC", "7:1126", "FT10", (3030,))
"""FT10 (MDC 7:1126)."""

C1: _Final[_Code] = _Code("MDC", "7:1129", "C1", (3030,))
"""C1 (MDC 7:1129)."""

C2: _Final[_Code] = _Code("MDC", "7:1134", "C2", (3030,))
"""C2 (MDC 7:1134)."""

C3: _Final[_Code] = _Code("MDC", "7:1137", "C3", (3030,))
"""C3 (MDC 7:1137)."""

C4: _Final[_Code] = _Code("MDC", "7:1142", "C4", (3030,))
"""C4 (MDC 7:1142)."""

C5: _Final[_Code] = _Code("MDC", "7:1145", "C5", (3030,))
"""C5 (MDC 7:1145)."""

C6: _Final[_Code] = _Code("MDC", "7:1150", "C6", (3030,))
"""C6 (MDC 7:1150)."""

CP1: _Final[_Code] = _Code("MDC", "7:1153", "CP1", (3030,))
"""CP1 (MDC 7:1153)."""

CP2: _Final[_Code] = _Code("MDC", "7:1158", "CP2", (3030,))
"""CP2 (MDC 7:1158)."""

CP3: _Final[_Code] = _Code("MDC", "7:1161", "CP3", (3030,))
"""CP3 (MDC 7:1161)."""

CP4: _Final[_Code] = _Code("MDC", "7:1166", "CP4", (3030,))
"""CP4 (MDC 7:1166)."""

CP5: _Final[_Code] = _Code("MDC", "7:1169", "CP5", (3030,))
"""CP5 (MDC 7:1169)."""

CP6: _Final[_Code] = _Code("MDC", "7:1174", "CP6", (3030,))
"""CP6 (MDC 7:1174)."""

P1: _Final[_Code] = _Code("MDC", "7:1177", "P1", (3030,))
"""P1 (MDC 7:1177)."""

P2: _Final[_Code] = _Code("MDC", "7:1182", "P2", (3030,))
"""P2 (MDC 7:1182)."""

P3: _Final[_Code] = _Code("MDC", "7:1185", "P3", (3030,))
"""P3 (MDC 7:1185)."""

P4: _Final[_Code] = _Code("MDC", "7:1190", "P4", (3030,))
"""P4 (MDC 7:1190)."""

P5: _Final[_Code] = _Code("MDC", "7:1193", "P5", (3030,))
"""P5 (MDC 7:1193)."""

P6: _Final[_Code] = _Code("MDC", "7:1198", "P6", (3030,))
"""P6 (MDC 7:1198)."""

P9: _Final[_Code] = _Code("MDC", "7:1201", "P9", (3030,))
"""P9 (MDC 7:1201)."""

P10: _Final[_Code] = _Code("MDC", "7:1206", "P10", (3030,))
"""P10 (MDC 7:1206)."""

O1: _Final[_Code] = _Code("MDC", "7:1209", "O1", (3030,))
"""O1 (MDC 7:1209)."""

O2: _Final[_Code] = _Code("MDC", "7:1214", "O2", (3030,))
"""O2 (MDC 7:1214)."""

AF3: _Final[_Code] = _Code("MDC", "7:1217", "AF3", (3030,))
"""AF3 (MDC 7:1217)."""

AF4: _Final[_Code] = _Code("MDC", "7:1222", "AF4", (3030,))
"""AF4 (MDC 7:1222)."""

AF7: _Final[_Code] = _Code("MDC", "7:1225", "AF7", (3030,))
"""AF7 (MDC 7:1225)."""

AF8: _Final[_Code] = _Code("MDC", "7:1230", "AF8", (3030,))
"""AF8 (MDC 7:1230)."""

PO3: _Final[_Code] = _Code("MDC", "7:1233", "PO3", (3030,))
"""PO3 (MDC 7:1233)."""

PO4: _Final[_Code] = _Code("MDC", "7:1238", "PO4", (3030,))
"""PO4 (MDC 7:1238)."""

PO7: _Final[_Code] = _Code("MDC", "7:1241", "PO7", (3030,))
"""PO7 (MDC 7:1241)."""

PO8: _Final[_Code] = _Code("MDC", "7:1246", "PO8", (3030,))
"""PO8 (MDC 7:1246)."""

T3: _Final[_Code] = _Code("MDC", "7:1249", "T3", (3030,))
"""T3 (MDC 7:1249)."""

T4: _Final[_Code] = _Code("MDC", "7:1254", "T4", (3030,))
"""T4 (MDC 7:1254)."""

T5: _Final[_Code] = _Code("MDC", "7:1257", "T5", (3030,))
"""T5 (MDC 7:1257)."""

T6: _Final[_Code] = _Code("MDC", "7:1262", "T6", (3030,))
"""T6 (MDC 7:1262)."""

T9: _Final[_Code] = _Code("MDC", "7:1265", "T9", (3030,))
"""T9 (MDC 7:1265)."""

T10: _Final[_Code] = _Code("MDC", "7:1270", "T10", (3030,))
"""T10 (MDC 7:1270)."""

TP7: _Final[_Code] = _Code("MDC", "7:1273", "TP7", (3030,))
"""TP7 (MDC 7:1273)."""

TP8: _Final[_Code] = _Code("MDC", "7:1278", "TP8", (3030,))
"""TP8 (MDC 7:1278)."""

TP9: _Final[_Code] = _Code("MDC", "7:1281", "TP9", (3030,))
"""TP9 (MDC 7:1281)."""

TP10: _Final[_Code] = _Code("MDC", "7:1286", "TP10", (3030,))
"""TP10 (MDC 7:1286)."""

A1: _Final[_Code] = _Code("MDC", "7:1289", "A1", (3030,))
"""A1 (MDC 7:1289)."""

A2: _Final[_Code] = _Code("MDC", "7:1290", "A2", (3030,))
"""A2 (MDC 7:1290)."""

T1: _Final[_Code] = _Code("MDC", "7:1297", "T1", (3030,))
"""T1 (MDC 7:1297)."""

T2: _Final[_Code] = _Code("MDC", "7:1298", "T2", (3030,))
"""T2 (MDC 7:1298)."""

Pg1: _Final[_Code] = _Code("MDC", "7:1305", "Pg1", (3030,))
"""Pg1 (MDC 7:1305)."""

Pg2: _Final[_Code] = _Code("MDC", "7:1306", "Pg2", (3030,))
"""Pg2 (MDC 7:1306)."""

Sp1: _Final[_Code] = _Code("MDC", "7:1313", "Sp1", (3030,))
"""Sp1 (MDC 7:1313)."""

Sp2: _Final[_Code] = _Code("MDC", "7:1314", "Sp2", (3030,))
"""Sp2 (MDC 7:1314)."""

Fp9: _Final[_Code] = _Code("DCM", "130710", "Fp9", (3030,))
"""Fp9 (DCM 130710)."""

Fp10: _Final[_Code] = _Code("DCM", "130711", "Fp10", (3030,))
"""Fp10 (DCM 130711)."""

AF9: _Final[_Code] = _Code("DCM", "130712", "AF9", (3030,))
"""AF9 (DCM 130712)."""

AF10: _Final[_Code] = _Code("DCM", "130713", "AF10", (3030,))
"""AF10 (DCM 130713)."""

PO9: _Final[_Code] = _Code("DCM", "130714", "PO9", (3030,))
"""PO9 (DCM 130714)."""

PO10: _Final[_Code] = _Code("DCM", "130715", "PO10", (3030,))
"""PO10 (DCM 130715)."""

O9: _Final[_Code] = _Code("DCM", "130716", "O9", (3030,))
"""O9 (DCM 130716)."""

O10: _Final[_Code] = _Code("DCM", "130717", "O10", (3030,))
"""O10 (DCM 130717)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Nz,
    Fpz,
    Afz,
    Fz,
    Fcz,
    Cz,
    Cpz,
    Pz,
    Poz,
    Oz,
    Iz,
    Fp1,
    Fp2,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    FC1,
    FC2,
    FC3,
    FC4,
    FC5,
    FC6,
    FT7,
    FT8,
    FT9,
    FT10,
    C1,
    C2,
    C3,
    C4,
    C5,
    C6,
    CP1,
    CP2,
    CP3,
    CP4,
    CP5,
    CP6,
    P1,
    P2,
    P3,
    P4,
    P5,
    P6,
    P9,
    P10,
    O1,
    O2,
    AF3,
    AF4,
    AF7,
    AF8,
    PO3,
    PO4,
    PO7,
    PO8,
    T3,
    T4,
    T5,
    T6,
    T9,
    T10,
    TP7,
    TP8,
    TP9,
    TP10,
    A1,
    A2,
    T1,
    T2,
    Pg1,
    Pg2,
    Sp1,
    Sp2,
    Fp9,
    Fp10,
    AF9,
    AF10,
    PO9,
    PO10,
    O9,
    O10,
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
