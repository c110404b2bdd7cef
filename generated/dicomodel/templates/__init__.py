"""PS3.16 templates: one module per TID (``templates.tid1500``), loaded on first use.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dicomodel.templates import tid300 as tid300
    from dicomodel.templates import tid310 as tid310
    from dicomodel.templates import tid311 as tid311
    from dicomodel.templates import tid312 as tid312
    from dicomodel.templates import tid315 as tid315
    from dicomodel.templates import tid320 as tid320
    from dicomodel.templates import tid321 as tid321
    from dicomodel.templates import tid350 as tid350
    from dicomodel.templates import tid351 as tid351
    from dicomodel.templates import tid400 as tid400
    from dicomodel.templates import tid1000 as tid1000
    from dicomodel.templates import tid1001 as tid1001
    from dicomodel.templates import tid1002 as tid1002
    from dicomodel.templates import tid1003 as tid1003
    from dicomodel.templates import tid1004 as tid1004
    from dicomodel.templates import tid1005 as tid1005
    from dicomodel.templates import tid1006 as tid1006
    from dicomodel.templates import tid1007 as tid1007
    from dicomodel.templates import tid1008 as tid1008
    from dicomodel.templates import tid1009 as tid1009
    from dicomodel.templates import tid1010 as tid1010
    from dicomodel.templates import tid1015 as tid1015
    from dicomodel.templates import tid1020 as tid1020
    from dicomodel.templates import tid1021 as tid1021
    from dicomodel.templates import tid1200 as tid1200
    from dicomodel.templates import tid1201 as tid1201
    from dicomodel.templates import tid1202 as tid1202
    from dicomodel.templates import tid1204 as tid1204
    from dicomodel.templates import tid1210 as tid1210
    from dicomodel.templates import tid1211 as tid1211
    from dicomodel.templates import tid1350 as tid1350
    from dicomodel.templates import tid1400 as tid1400
    from dicomodel.templates import tid1401 as tid1401
    from dicomodel.templates import tid1402 as tid1402
    from dicomodel.templates import tid1404 as tid1404
    from dicomodel.templates import tid1406 as tid1406
    from dicomodel.templates import tid1410 as tid1410
    from dicomodel.templates import tid1411 as tid1411
    from dicomodel.templates import tid1419 as tid1419
    from dicomodel.templates import tid1420 as tid1420
    from dicomodel.templates import tid1500 as tid1500
    from dicomodel.templates import tid1501 as tid1501
    from dicomodel.templates import tid1502 as tid1502
    from dicomodel.templates import tid1600 as tid1600
    from dicomodel.templates import tid1601 as tid1601
    from dicomodel.templates import tid1602 as tid1602
    from dicomodel.templates import tid1603 as tid1603
    from dicomodel.templates import tid1604 as tid1604
    from dicomodel.templates import tid1605 as tid1605
    from dicomodel.templates import tid1606 as tid1606
    from dicomodel.templates import tid1607 as tid1607
    from dicomodel.templates import tid1608 as tid1608
    from dicomodel.templates import tid1700 as tid1700
    from dicomodel.templates import tid1701 as tid1701
    from dicomodel.templates import tid2000 as tid2000
    from dicomodel.templates import tid2001 as tid2001
    from dicomodel.templates import tid2002 as tid2002
    from dicomodel.templates import tid2005 as tid2005
    from dicomodel.templates import tid2006 as tid2006
    from dicomodel.templates import tid2007 as tid2007
    from dicomodel.templates import tid2008 as tid2008
    from dicomodel.templates import tid2010 as tid2010
    from dicomodel.templates import tid2020 as tid2020
    from dicomodel.templates import tid2021 as tid2021
    from dicomodel.templates import tid2100 as tid2100
    from dicomodel.templates import tid2101 as tid2101
    from dicomodel.templates import tid2102 as tid2102
    from dicomodel.templates import tid3001 as tid3001
    from dicomodel.templates import tid3010 as tid3010
    from dicomodel.templates import tid3100 as tid3100
    from dicomodel.templates import tid3101 as tid3101
    from dicomodel.templates import tid3102 as tid3102
    from dicomodel.templates import tid3103 as tid3103
    from dicomodel.templates import tid3104 as tid3104
    from dicomodel.templates import tid3105 as tid3105
    from dicomodel.templates import tid3106 as tid3106
    from dicomodel.templates import tid3107 as tid3107
    from dicomodel.templates import tid3108 as tid3108
    from dicomodel.templates import tid3109 as tid3109
    from dicomodel.templates import tid3110 as tid3110
    from dicomodel.templates import tid3111 as tid3111
    from dicomodel.templates import tid3112 as tid3112
    from dicomodel.templates import tid3113 as tid3113
    from dicomodel.templates import tid3114 as tid3114
    from dicomodel.templates import tid3115 as tid3115
    from dicomodel.templates import tid3202 as tid3202
    from dicomodel.templates import tid3205 as tid3205
    from dicomodel.templates import tid3206 as tid3206
    from dicomodel.templates import tid3207 as tid3207
    from dicomodel.templates import tid3208 as tid3208
    from dicomodel.templates import tid3209 as tid3209
    from dicomodel.templates import tid3210 as tid3210
    from dicomodel.templates import tid3211 as tid3211
    from dicomodel.templates import tid3213 as tid3213
    from dicomodel.templates import tid3214 as tid3214
    from dicomodel.templates import tid3215 as tid3215
    from dicomodel.templates import tid3216 as tid3216
    from dicomodel.templates import tid3217 as tid3217
    from dicomodel.templates import tid3218 as tid3218
    from dicomodel.templates import tid3219 as tid3219
    from dicomodel.templates import tid3250 as tid3250
    from dicomodel.templates import tid3251 as tid3251
    from dicomodel.templates import tid3252 as tid3252
    from dicomodel.templates import tid3253 as tid3253
    from dicomodel.templates import tid3254 as tid3254
    from dicomodel.templates import tid3255 as tid3255
    from dicomodel.templates import tid3300 as tid3300
    from dicomodel.templates import tid3301 as tid3301
    from dicomodel.templates import tid3303 as tid3303
    from dicomodel.templates import tid3304 as tid3304
    from dicomodel.templates import tid3307 as tid3307
    from dicomodel.templates import tid3309 as tid3309
    from dicomodel.templates import tid3311 as tid3311
    from dicomodel.templates import tid3312 as tid3312
    from dicomodel.templates import tid3313 as tid3313
    from dicomodel.templates import tid3317 as tid3317
    from dicomodel.templates import tid3318 as tid3318
    from dicomodel.templates import tid3320 as tid3320
    from dicomodel.templates import tid3401 as tid3401
    from dicomodel.templates import tid3403 as tid3403
    from dicomodel.templates import tid3450 as tid3450
    from dicomodel.templates import tid3460 as tid3460
    from dicomodel.templates import tid3470 as tid3470
    from dicomodel.templates import tid3471 as tid3471
    from dicomodel.templates import tid3480 as tid3480
    from dicomodel.templates import tid3500 as tid3500
    from dicomodel.templates import tid3501 as tid3501
    from dicomodel.templates import tid3504 as tid3504
    from dicomodel.templates import tid3505 as tid3505
    from dicomodel.templates import tid3506 as tid3506
    from dicomodel.templates import tid3507 as tid3507
    from dicomodel.templates import tid3508 as tid3508
    from dicomodel.templates import tid3509 as tid3509
    from dicomodel.templates import tid3510 as tid3510
    from dicomodel.templates import tid3515 as tid3515
    from dicomodel.templates import tid3516 as tid3516
    from dicomodel.templates import tid3520 as tid3520
    from dicomodel.templates import tid3521 as tid3521
    from dicomodel.templates import tid3530 as tid3530
    from dicomodel.templates import tid3550 as tid3550
    from dicomodel.templates import tid3560 as tid3560
    from dicomodel.templates import tid3570 as tid3570
    from dicomodel.templates import tid3601 as tid3601
    from dicomodel.templates import tid3602 as tid3602
    from dicomodel.templates import tid3603 as tid3603
    from dicomodel.templates import tid3700 as tid3700
    from dicomodel.templates import tid3702 as tid3702
    from dicomodel.templates import tid3704 as tid3704
    from dicomodel.templates import tid3708 as tid3708
    from dicomodel.templates import tid3713 as tid3713
    from dicomodel.templates import tid3714 as tid3714
    from dicomodel.templates import tid3715 as tid3715
    from dicomodel.templates import tid3717 as tid3717
    from dicomodel.templates import tid3719 as tid3719
    from dicomodel.templates import tid3750 as tid3750
    from dicomodel.templates import tid3751 as tid3751
    from dicomodel.templates import tid3752 as tid3752
    from dicomodel.templates import tid3753 as tid3753
    from dicomodel.templates import tid3754 as tid3754
    from dicomodel.templates import tid3755 as tid3755
    from dicomodel.templates import tid3756 as tid3756
    from dicomodel.templates import tid3757 as tid3757
    from dicomodel.templates import tid3800 as tid3800
    from dicomodel.templates import tid3802 as tid3802
    from dicomodel.templates import tid3803 as tid3803
    from dicomodel.templates import tid3806 as tid3806
    from dicomodel.templates import tid3807 as tid3807
    from dicomodel.templates import tid3808 as tid3808
    from dicomodel.templates import tid3809 as tid3809
    from dicomodel.templates import tid3810 as tid3810
    from dicomodel.templates import tid3812 as tid3812
    from dicomodel.templates import tid3814 as tid3814
    from dicomodel.templates import tid3815 as tid3815
    from dicomodel.templates import tid3816 as tid3816
    from dicomodel.templates import tid3817 as tid3817
    from dicomodel.templates import tid3818 as tid3818
    from dicomodel.templates import tid3819 as tid3819
    from dicomodel.templates import tid3820 as tid3820
    from dicomodel.templates import tid3824 as tid3824
    from dicomodel.templates import tid3828 as tid3828
    from dicomodel.templates import tid3829 as tid3829
    from dicomodel.templates import tid3830 as tid3830
    from dicomodel.templates import tid3831 as tid3831
    from dicomodel.templates import tid3900 as tid3900
    from dicomodel.templates import tid3901 as tid3901
    from dicomodel.templates import tid3902 as tid3902
    from dicomodel.templates import tid3905 as tid3905
    from dicomodel.templates import tid3906 as tid3906
    from dicomodel.templates import tid3907 as tid3907
    from dicomodel.templates import tid3908 as tid3908
    from dicomodel.templates import tid3909 as tid3909
    from dicomodel.templates import tid3910 as tid3910
    from dicomodel.templates import tid3911 as tid3911
    from dicomodel.templates import tid3912 as tid3912
    from dicomodel.templates import tid3913 as tid3913
    from dicomodel.templates import tid3914 as tid3914
    from dicomodel.templates import tid3915 as tid3915
    from dicomodel.templates import tid3916 as tid3916
    from dicomodel.templates import tid3917 as tid3917
    from dicomodel.templates import tid3920 as tid3920
    from dicomodel.templates import tid3921 as tid3921
    from dicomodel.templates import tid3922 as tid3922
    from dicomodel.templates import tid3923 as tid3923
    from dicomodel.templates import tid3924 as tid3924
    from dicomodel.templates import tid3925 as tid3925
    from dicomodel.templates import tid3926 as tid3926
    from dicomodel.templates import tid3927 as tid3927
    from dicomodel.templates import tid3929 as tid3929
    from dicomodel.templates import tid3990 as tid3990
    from dicomodel.templates import tid4000 as tid4000
    from dicomodel.templates import tid4001 as tid4001
    from dicomodel.templates import tid4002 as tid4002
    from dicomodel.templates import tid4003 as tid4003
    from dicomodel.templates import tid4004 as tid4004
    from dicomodel.templates import tid4005 as tid4005
    from dicomodel.templates import tid4006 as tid4006
    from dicomodel.templates import tid4007 as tid4007
    from dicomodel.templates import tid4008 as tid4008
    from dicomodel.templates import tid4009 as tid4009
    from dicomodel.templates import tid4010 as tid4010
    from dicomodel.templates import tid4011 as tid4011
    from dicomodel.templates import tid4012 as tid4012
    from dicomodel.templates import tid4013 as tid4013
    from dicomodel.templates import tid4014 as tid4014
    from dicomodel.templates import tid4015 as tid4015
    from dicomodel.templates import tid4016 as tid4016
    from dicomodel.templates import tid4017 as tid4017
    from dicomodel.templates import tid4018 as tid4018
    from dicomodel.templates import tid4019 as tid4019
    from dicomodel.templates import tid4020 as tid4020
    from dicomodel.templates import tid4021 as tid4021
    from dicomodel.templates import tid4022 as tid4022
    from dicomodel.templates import tid4023 as tid4023
    from dicomodel.templates import tid4100 as tid4100
    from dicomodel.templates import tid4101 as tid4101
    from dicomodel.templates import tid4102 as tid4102
    from dicomodel.templates import tid4103 as tid4103
    from dicomodel.templates import tid4104 as tid4104
    from dicomodel.templates import tid4105 as tid4105
    from dicomodel.templates import tid4106 as tid4106
    from dicomodel.templates import tid4107 as tid4107
    from dicomodel.templates import tid4108 as tid4108
    from dicomodel.templates import tid4120 as tid4120
    from dicomodel.templates import tid4121 as tid4121
    from dicomodel.templates import tid4122 as tid4122
    from dicomodel.templates import tid4125 as tid4125
    from dicomodel.templates import tid4126 as tid4126
    from dicomodel.templates import tid4127 as tid4127
    from dicomodel.templates import tid4128 as tid4128
    from dicomodel.templates import tid4129 as tid4129
    from dicomodel.templates import tid4200 as tid4200
    from dicomodel.templates import tid4201 as tid4201
    from dicomodel.templates import tid4202 as tid4202
    from dicomodel.templates import tid4203 as tid4203
    from dicomodel.templates import tid4204 as tid4204
    from dicomodel.templates import tid4205 as tid4205
    from dicomodel.templates import tid4206 as tid4206
    from dicomodel.templates import tid4207 as tid4207
    from dicomodel.templates import tid4208 as tid4208
    from dicomodel.templates import tid4209 as tid4209
    from dicomodel.templates import tid4300 as tid4300
    from dicomodel.templates import tid4301 as tid4301
    from dicomodel.templates import tid4302 as tid4302
    from dicomodel.templates import tid4303 as tid4303
    from dicomodel.templates import tid4304 as tid4304
    from dicomodel.templates import tid4305 as tid4305
    from dicomodel.templates import tid4306 as tid4306
    from dicomodel.templates import tid5000 as tid5000
    from dicomodel.templates import tid5001 as tid5001
    from dicomodel.templates import tid5002 as tid5002
    from dicomodel.templates import tid5003 as tid5003
    from dicomodel.templates import tid5004 as tid5004
    from dicomodel.templates import tid5005 as tid5005
    from dicomodel.templates import tid5006 as tid5006
    from dicomodel.templates import tid5007 as tid5007
    from dicomodel.templates import tid5008 as tid5008
    from dicomodel.templates import tid5009 as tid5009
    from dicomodel.templates import tid5010 as tid5010
    from dicomodel.templates import tid5011 as tid5011
    from dicomodel.templates import tid5012 as tid5012
    from dicomodel.templates import tid5013 as tid5013
    from dicomodel.templates import tid5014 as tid5014
    from dicomodel.templates import tid5015 as tid5015
    from dicomodel.templates import tid5016 as tid5016
    from dicomodel.templates import tid5025 as tid5025
    from dicomodel.templates import tid5026 as tid5026
    from dicomodel.templates import tid5100 as tid5100
    from dicomodel.templates import tid5101 as tid5101
    from dicomodel.templates import tid5102 as tid5102
    from dicomodel.templates import tid5103 as tid5103
    from dicomodel.templates import tid5104 as tid5104
    from dicomodel.templates import tid5105 as tid5105
    from dicomodel.templates import tid5200 as tid5200
    from dicomodel.templates import tid5201 as tid5201
    from dicomodel.templates import tid5202 as tid5202
    from dicomodel.templates import tid5203 as tid5203
    from dicomodel.templates import tid5204 as tid5204
    from dicomodel.templates import tid5220 as tid5220
    from dicomodel.templates import tid5221 as tid5221
    from dicomodel.templates import tid5222 as tid5222
    from dicomodel.templates import tid5223 as tid5223
    from dicomodel.templates import tid5225 as tid5225
    from dicomodel.templates import tid5226 as tid5226
    from dicomodel.templates import tid5227 as tid5227
    from dicomodel.templates import tid5228 as tid5228
    from dicomodel.templates import tid5240 as tid5240
    from dicomodel.templates import tid5300 as tid5300
    from dicomodel.templates import tid5301 as tid5301
    from dicomodel.templates import tid5302 as tid5302
    from dicomodel.templates import tid5303 as tid5303
    from dicomodel.templates import tid5401 as tid5401
    from dicomodel.templates import tid5402 as tid5402
    from dicomodel.templates import tid7000 as tid7000
    from dicomodel.templates import tid7001 as tid7001
    from dicomodel.templates import tid8001 as tid8001
    from dicomodel.templates import tid8002 as tid8002
    from dicomodel.templates import tid8003 as tid8003
    from dicomodel.templates import tid8004 as tid8004
    from dicomodel.templates import tid8010 as tid8010
    from dicomodel.templates import tid8101 as tid8101
    from dicomodel.templates import tid8110 as tid8110
    from dicomodel.templates import tid8121 as tid8121
    from dicomodel.templates import tid8122 as tid8122
    from dicomodel.templates import tid8130 as tid8130
    from dicomodel.templates import tid8131 as tid8131
    from dicomodel.templates import tid8140 as tid8140
    from dicomodel.templates import tid8150 as tid8150
    from dicomodel.templates import tid8170 as tid8170
    from dicomodel.templates import tid8182 as tid8182
    from dicomodel.templates import tid8200 as tid8200
    from dicomodel.templates import tid8300 as tid8300
    from dicomodel.templates import tid8301 as tid8301
    from dicomodel.templates import tid9000 as tid9000
    from dicomodel.templates import tid9001 as tid9001
    from dicomodel.templates import tid9002 as tid9002
    from dicomodel.templates import tid9003 as tid9003
    from dicomodel.templates import tid9004 as tid9004
    from dicomodel.templates import tid9005 as tid9005
    from dicomodel.templates import tid9006 as tid9006
    from dicomodel.templates import tid9007 as tid9007
    from dicomodel.templates import tid10001 as tid10001
    from dicomodel.templates import tid10002 as tid10002
    from dicomodel.templates import tid10003 as tid10003
    from dicomodel.templates import tid10003a as tid10003a
    from dicomodel.templates import tid10003b as tid10003b
    from dicomodel.templates import tid10003c as tid10003c
    from dicomodel.templates import tid10004 as tid10004
    from dicomodel.templates import tid10005 as tid10005
    from dicomodel.templates import tid10006 as tid10006
    from dicomodel.templates import tid10007 as tid10007
    from dicomodel.templates import tid10011 as tid10011
    from dicomodel.templates import tid10012 as tid10012
    from dicomodel.templates import tid10013 as tid10013
    from dicomodel.templates import tid10014 as tid10014
    from dicomodel.templates import tid10015 as tid10015
    from dicomodel.templates import tid10021 as tid10021
    from dicomodel.templates import tid10022 as tid10022
    from dicomodel.templates import tid10023 as tid10023
    from dicomodel.templates import tid10024 as tid10024
    from dicomodel.templates import tid10030 as tid10030
    from dicomodel.templates import tid10031 as tid10031
    from dicomodel.templates import tid10032 as tid10032
    from dicomodel.templates import tid10033 as tid10033
    from dicomodel.templates import tid10034 as tid10034
    from dicomodel.templates import tid10040 as tid10040
    from dicomodel.templates import tid10041 as tid10041
    from dicomodel.templates import tid10042 as tid10042
    from dicomodel.templates import tid10043 as tid10043
    from dicomodel.templates import tid10044 as tid10044
    from dicomodel.templates import tid10045 as tid10045
    from dicomodel.templates import tid10046 as tid10046
    from dicomodel.templates import tid10047 as tid10047
    from dicomodel.templates import tid10048 as tid10048
    from dicomodel.templates import tid10049 as tid10049
    from dicomodel.templates import tid10050 as tid10050
    from dicomodel.templates import tid10051 as tid10051
    from dicomodel.templates import tid10052 as tid10052
    from dicomodel.templates import tid10053 as tid10053
    from dicomodel.templates import tid10054 as tid10054
    from dicomodel.templates import tid10055 as tid10055
    from dicomodel.templates import tid11001 as tid11001
    from dicomodel.templates import tid11002 as tid11002
    from dicomodel.templates import tid11003 as tid11003
    from dicomodel.templates import tid11004 as tid11004
    from dicomodel.templates import tid11005 as tid11005
    from dicomodel.templates import tid11006 as tid11006
    from dicomodel.templates import tid11007 as tid11007
    from dicomodel.templates import tid11008 as tid11008
    from dicomodel.templates import tid11020 as tid11020
    from dicomodel.templates import tid11021 as tid11021
    from dicomodel.templates import tid11022 as tid11022
    from dicomodel.templates import tid11023 as tid11023
    from dicomodel.templates import tid12000 as tid12000
    from dicomodel.templates import tid12001 as tid12001
    from dicomodel.templates import tid15100 as tid15100
    from dicomodel.templates import tid15101 as tid15101
    from dicomodel.templates import tid15200 as tid15200
    from dicomodel.templates import tid15300 as tid15300
    from dicomodel.templates import tid15301 as tid15301
    from dicomodel.templates import tid15302 as tid15302
    from dicomodel.templates import tid15303 as tid15303
    from dicomodel.templates import tid15304 as tid15304
    from dicomodel.templates import tid15305 as tid15305
    from dicomodel.templates import tid15306 as tid15306
    from dicomodel.templates import tid15307 as tid15307
    from dicomodel.templates import tid15308 as tid15308
    from dicomodel.templates import tid15309 as tid15309
    from dicomodel.templates import tid15310 as tid15310
    from dicomodel.templates import tid15400 as tid15400
    from dicomodel.templates import tid15401 as tid15401

_MODULES: frozenset[str] = frozenset(
    {
        "tid300",
        "tid310",
        "tid311",
        "tid312",
        "tid315",
        "tid320",
        "tid321",
        "tid350",
        "tid351",
        "tid400",
        "tid1000",
        "tid1001",
        "tid1002",
        "tid1003",
        "tid1004",
        "tid1005",
        "tid1006",
        "tid1007",
        "tid1008",
        "tid1009",
        "tid1010",
        "tid1015",
        "tid1020",
        "tid1021",
        "tid1200",
        "tid1201",
        "tid1202",
        "tid1204",
        "tid1210",
        "tid1211",
        "tid1350",
        "tid1400",
        "tid1401",
        "tid1402",
        "tid1404",
        "tid1406",
        "tid1410",
        "tid1411",
        "tid1419",
        "tid1420",
        "tid1500",
        "tid1501",
        "tid1502",
        "tid1600",
        "tid1601",
        "tid1602",
        "tid1603",
        "tid1604",
        "tid1605",
        "tid1606",
        "tid1607",
        "tid1608",
        "tid1700",
        "tid1701",
        "tid2000",
        "tid2001",
        "tid2002",
        "tid2005",
        "tid2006",
        "tid2007",
        "tid2008",
        "tid2010",
        "tid2020",
        "tid2021",
        "tid2100",
        "tid2101",
        "tid2102",
        "tid3001",
        "tid3010",
        "tid3100",
        "tid3101",
        "tid3102",
        "tid3103",
        "tid3104",
        "tid3105",
        "tid3106",
        "tid3107",
        "tid3108",
        "tid3109",
        "tid3110",
        "tid3111",
        "tid3112",
        "tid3113",
        "tid3114",
        "tid3115",
        "tid3202",
        "tid3205",
        "tid3206",
        "tid3207",
        "tid3208",
        "tid3209",
        "tid3210",
        "tid3211",
        "tid3213",
        "tid3214",
        "tid3215",
        "tid3216",
        "tid3217",
        "tid3218",
        "tid3219",
        "tid3250",
        "tid3251",
        "tid3252",
        "tid3253",
        "tid3254",
        "tid3255",
        "tid3300",
        "tid3301",
        "tid3303",
        "tid3304",
        "tid3307",
        "tid3309",
        "tid3311",
        "tid3312",
        "tid3313",
        "tid3317",
        "tid3318",
        "tid3320",
        "tid3401",
        "tid3403",
        "tid3450",
        "tid3460",
        "tid3470",
        "tid3471",
        "tid3480",
        "tid3500",
        "tid3501",
        "tid3504",
        "tid3505",
        "tid3506",
        "tid3507",
        "tid3508",
        "tid3509",
        "tid3510",
        "tid3515",
        "tid3516",
        "tid3520",
        "tid3521",
        "tid3530",
        "tid3550",
        "tid3560",
        "tid3570",
        "tid3601",
        "tid3602",
        "tid3603",
        "tid3700",
        "tid3702",
        "tid3704",
        "tid3708",
        "tid3713",
        "tid3714",
        "tid3715",
        "tid3717",
        "tid3719",
        "tid3750",
        "tid3751",
        "tid3752",
        "tid3753",
        "tid3754",
        "tid3755",
        "tid3756",
        "tid3757",
        "tid3800",
        "tid3802",
        "tid3803",
        "tid3806",
        "tid3807",
        "tid3808",
        "tid3809",
        "tid3810",
        "tid3812",
        "tid3814",
        "tid3815",
        "tid3816",
        "tid3817",
        "tid3818",
        "tid3819",
        "tid3820",
        "tid3824",
        "tid3828",
        "tid3829",
        "tid3830",
        "tid3831",
        "tid3900",
        "tid3901",
        "tid3902",
        "tid3905",
        "tid3906",
        "tid3907",
        "tid3908",
        "tid3909",
        "tid3910",
        "tid3911",
        "tid3912",
        "tid3913",
        "tid3914",
        "tid3915",
        "tid3916",
        "tid3917",
        "tid3920",
        "tid3921",
        "tid3922",
        "tid3923",
        "tid3924",
        "tid3925",
        "tid3926",
        "tid3927",
        "tid3929",
        "tid3990",
        "tid4000",
        "tid4001",
        "tid4002",
        "tid4003",
        "tid4004",
        "tid4005",
        "tid4006",
        "tid4007",
        "tid4008",
        "tid4009",
        "tid4010",
        "tid4011",
        "tid4012",
        "tid4013",
        "tid4014",
        "tid4015",
        "tid4016",
        "tid4017",
        "tid4018",
        "tid4019",
        "tid4020",
        "tid4021",
        "tid4022",
        "tid4023",
        "tid4100",
        "tid4101",
        "tid4102",
        "tid4103",
        "tid4104",
        "tid4105",
        "tid4106",
        "tid4107",
        "tid4108",
        "tid4120",
        "tid4121",
        "tid4122",
        "tid4125",
        "tid4126",
        "tid4127",
        "tid4128",
        "tid4129",
        "tid4200",
        "tid4201",
        "tid4202",
        "tid4203",
        "tid4204",
        "tid4205",
        "tid4206",
        "tid4207",
        "tid4208",
        "tid4209",
        "tid4300",
        "tid4301",
        "tid4302",
        "tid4303",
        "tid4304",
        "tid4305",
        "tid4306",
        "tid5000",
        "tid5001",
        "tid5002",
        "tid5003",
        "tid5004",
        "tid5005",
        "tid5006",
        "tid5007",
        "tid5008",
        "tid5009",
        "tid5010",
        "tid5011",
        "tid5012",
        "tid5013",
        "tid5014",
        "tid5015",
        "tid5016",
        "tid5025",
        "tid5026",
        "tid5100",
        "tid5101",
        "tid5102",
        "tid5103",
        "tid5104",
        "tid5105",
        "tid5200",
        "tid5201",
        "tid5202",
        "tid5203",
        "tid5204",
        "tid5220",
        "tid5221",
        "tid5222",
        "tid5223",
        "tid5225",
        "tid5226",
        "tid5227",
        "tid5228",
        "tid5240",
        "tid5300",
        "tid5301",
        "tid5302",
        "tid5303",
        "tid5401",
        "tid5402",
        "tid7000",
        "tid7001",
        "tid8001",
        "tid8002",
        "tid8003",
        "tid8004",
        "tid8010",
        "tid8101",
        "tid8110",
        "tid8121",
        "tid8122",
        "tid8130",
        "tid8131",
        "tid8140",
        "tid8150",
        "tid8170",
        "tid8182",
        "tid8200",
        "tid8300",
        "tid8301",
        "tid9000",
        "tid9001",
        "tid9002",
        "tid9003",
        "tid9004",
        "tid9005",
        "tid9006",
        "tid9007",
        "tid10001",
        "tid10002",
        "tid10003",
        "tid10003a",
        "tid10003b",
        "tid10003c",
        "tid10004",
        "tid10005",
        "tid10006",
        "tid10007",
        "tid10011",
        "tid10012",
        "tid10013",
        "tid10014",
        "tid10015",
        "tid10021",
        "tid10022",
        "tid10023",
        "tid10024",
        "tid10030",
        "tid10031",
        "tid10032",
        "tid10033",
        "tid10034",
        "tid10040",
        "tid10041",
        "tid10042",
        "tid10043",
        "tid10044",
        "tid10045",
        "tid10046",
        "tid10047",
        "tid10048",
        "tid10049",
        "tid10050",
        "tid10051",
        "tid10052",
        "tid10053",
        "tid10054",
        "tid10055",
        "tid11001",
        "tid11002",
        "tid11003",
        "tid11004",
        "tid11005",
        "tid11006",
        "tid11007",
        "tid11008",
        "tid11020",
        "tid11021",
        "tid11022",
        "tid11023",
        "tid12000",
        "tid12001",
        "tid15100",
        "tid15101",
        "tid15200",
        "tid15300",
        "tid15301",
        "tid15302",
        "tid15303",
        "tid15304",
        "tid15305",
        "tid15306",
        "tid15307",
        "tid15308",
        "tid15309",
        "tid15310",
        "tid15400",
        "tid15401",
    }
)


def __getattr__(name: str) -> ModuleType:
    if name not in _MODULES:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    module = importlib.import_module(f"{__name__}.{name}")
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(_MODULES)
