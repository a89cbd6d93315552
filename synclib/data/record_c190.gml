graph [
  node [
    id 0
    label "0"
  ]
  node [
    id 1
    label "1"
  ]
  node [
    id 2
    label "2"
  ]
  node [
    id 3
    label "3"
  ]
  node [
    id 4
    label "4"
  ]
  node [
    id 5
    label "5"
  ]
  node [
    id 6
    label "6"
  ]
  node [
    id 7
    label "7"
  ]
  node [
    id 8
    label "8"
  ]
  node [
    id 9
    label "9"
  ]
  node [
    id 10
    label "10"
  ]
  node [
    id 11
    label "11"
  ]
  node [
    id 12
    label "12"
  ]
  node [
    id 13
    label "13"
  ]
  node [
    id 14
    label "14"
  ]
  node [
    id 15
    label "15"
  ]
  node [
    id 16
    label "16"
  ]
  node [
    id 17
    label "17"
  ]
  node [
    id 18
    label "18"
  ]
  node [
    id 19
    label "19"
  ]
  node [
    id 20
    label "20"
  ]
  node [
    id 21
    label "21"
  ]
  node [
    id 22
    label "22"
  ]
  node [
    id 23
    label "23"
  ]
  node [
    id 24
    label "24"
  ]
  node [
    id 25
    label "25"
  ]
  node [
    id 26
    label "26"
  ]
  node [
    id 27
    label "27"
  ]
  node [
    id 28
    label "28"
  ]
  node [
    id 29
    label "29"
  ]
  node [
    id 30
    label "30"
  ]
  node [
    id 31
    label "31"
  ]
  node [
    id 32
    label "32"
  ]
  node [
    id 33
    label "33"
  ]
  node [
    id 34
    label "34"
  ]
  node [
    id 35
    label "35"
  ]
  node [
    id 36
    label "36"
  ]
  node [
    id 37
    label "37"
  ]
  node [
    id 38
    label "38"
  ]
  node [
    id 39
    label "39"
  ]
  node [
    id 40
    label "40"
  ]
  node [
    id 41
    label "41"
  ]
  node [
    id 42
    label "42"
  ]
  node [
    id 43
    label "43"
  ]
  node [
    id 44
    label "44"
  ]
  node [
    id 45
    label "45"
  ]
  node [
    id 46
    label "46"
  ]
  node [
    id 47
    label "47"
  ]
  node [
    id 48
    label "48"
  ]
  node [
    id 49
    label "49"
  ]
  node [
    id 50
    label "50"
  ]
  node [
    id 51
    label "51"
  ]
  node [
    id 52
    label "52"
  ]
  node [
    id 53
    label "53"
  ]
  node [
    id 54
    label "54"
  ]
  node [
    id 55
    label "55"
  ]
  node [
    id 56
    label "56"
  ]
  node [
    id 57
    label "57"
  ]
  node [
    id 58
    label "58"
  ]
  node [
    id 59
    label "59"
  ]
  node [
    id 60
    label "60"
  ]
  node [
    id 61
    label "61"
  ]
  node [
    id 62
    label "62"
  ]
  node [
    id 63
    label "63"
  ]
  node [
    id 64
    label "64"
  ]
  node [
    id 65
    label "65"
  ]
  node [
    id 66
    label "66"
  ]
  node [
    id 67
    label "67"
  ]
  node [
    id 68
    label "68"
  ]
  node [
    id 69
    label "69"
  ]
  node [
    id 70
    label "70"
  ]
  node [
    id 71
    label "71"
  ]
  node [
    id 72
    label "72"
  ]
  node [
    id 73
    label "73"
  ]
  node [
    id 74
    label "74"
  ]
  node [
    id 75
    label "75"
  ]
  node [
    id 76
    label "76"
  ]
  node [
    id 77
    label "77"
  ]
  node [
    id 78
    label "78"
  ]
  node [
    id 79
    label "79"
  ]
  node [
    id 80
    label "80"
  ]
  node [
    id 81
    label "81"
  ]
  node [
    id 82
    label "82"
  ]
  node [
    id 83
    label "83"
  ]
  node [
    id 84
    label "84"
  ]
  node [
    id 85
    label "85"
  ]
  node [
    id 86
    label "86"
  ]
  node [
    id 87
    label "87"
  ]
  node [
    id 88
    label "88"
  ]
  node [
    id 89
    label "89"
  ]
  node [
    id 90
    label "90"
  ]
  node [
    id 91
    label "91"
  ]
  node [
    id 92
    label "92"
  ]
  node [
    id 93
    label "93"
  ]
  node [
    id 94
    label "94"
  ]
  node [
    id 95
    label "95"
  ]
  node [
    id 96
    label "96"
  ]
  node [
    id 97
    label "97"
  ]
  node [
    id 98
    label "98"
  ]
  node [
    id 99
    label "99"
  ]
  node [
    id 100
    label "100"
  ]
  node [
    id 101
    label "101"
  ]
  node [
    id 102
    label "102"
  ]
  node [
    id 103
    label "103"
  ]
  node [
    id 104
    label "104"
  ]
  node [
    id 105
    label "105"
  ]
  node [
    id 106
    label "106"
  ]
  node [
    id 107
    label "107"
  ]
  node [
    id 108
    label "108"
  ]
  node [
    id 109
    label "109"
  ]
  node [
    id 110
    label "110"
  ]
  node [
    id 111
    label "111"
  ]
  node [
    id 112
    label "112"
  ]
  node [
    id 113
    label "113"
  ]
  node [
    id 114
    label "114"
  ]
  node [
    id 115
    label "115"
  ]
  node [
    id 116
    label "116"
  ]
  node [
    id 117
    label "117"
  ]
  node [
    id 118
    label "118"
  ]
  node [
    id 119
    label "119"
  ]
  node [
    id 120
    label "120"
  ]
  node [
    id 121
    label "121"
  ]
  node [
    id 122
    label "122"
  ]
  node [
    id 123
    label "123"
  ]
  node [
    id 124
    label "124"
  ]
  node [
    id 125
    label "125"
  ]
  node [
    id 126
    label "126"
  ]
  node [
    id 127
    label "127"
  ]
  node [
    id 128
    label "128"
  ]
  node [
    id 129
    label "129"
  ]
  node [
    id 130
    label "130"
  ]
  node [
    id 131
    label "131"
  ]
  node [
    id 132
    label "132"
  ]
  node [
    id 133
    label "133"
  ]
  node [
    id 134
    label "134"
  ]
  node [
    id 135
    label "135"
  ]
  node [
    id 136
    label "136"
  ]
  node [
    id 137
    label "137"
  ]
  node [
    id 138
    label "138"
  ]
  node [
    id 139
    label "139"
  ]
  node [
    id 140
    label "140"
  ]
  node [
    id 141
    label "141"
  ]
  node [
    id 142
    label "142"
  ]
  node [
    id 143
    label "143"
  ]
  node [
    id 144
    label "144"
  ]
  node [
    id 145
    label "145"
  ]
  node [
    id 146
    label "146"
  ]
  node [
    id 147
    label "147"
  ]
  node [
    id 148
    label "148"
  ]
  node [
    id 149
    label "149"
  ]
  node [
    id 150
    label "150"
  ]
  node [
    id 151
    label "151"
  ]
  node [
    id 152
    label "152"
  ]
  node [
    id 153
    label "153"
  ]
  node [
    id 154
    label "154"
  ]
  node [
    id 155
    label "155"
  ]
  node [
    id 156
    label "156"
  ]
  node [
    id 157
    label "157"
  ]
  node [
    id 158
    label "158"
  ]
  node [
    id 159
    label "159"
  ]
  node [
    id 160
    label "160"
  ]
  node [
    id 161
    label "161"
  ]
  node [
    id 162
    label "162"
  ]
  node [
    id 163
    label "163"
  ]
  node [
    id 164
    label "164"
  ]
  node [
    id 165
    label "165"
  ]
  node [
    id 166
    label "166"
  ]
  node [
    id 167
    label "167"
  ]
  node [
    id 168
    label "168"
  ]
  node [
    id 169
    label "169"
  ]
  node [
    id 170
    label "170"
  ]
  node [
    id 171
    label "171"
  ]
  node [
    id 172
    label "172"
  ]
  node [
    id 173
    label "173"
  ]
  node [
    id 174
    label "174"
  ]
  node [
    id 175
    label "175"
  ]
  node [
    id 176
    label "176"
  ]
  node [
    id 177
    label "177"
  ]
  node [
    id 178
    label "178"
  ]
  node [
    id 179
    label "179"
  ]
  node [
    id 180
    label "180"
  ]
  node [
    id 181
    label "181"
  ]
  node [
    id 182
    label "182"
  ]
  node [
    id 183
    label "183"
  ]
  node [
    id 184
    label "184"
  ]
  node [
    id 185
    label "185"
  ]
  node [
    id 186
    label "186"
  ]
  node [
    id 187
    label "187"
  ]
  node [
    id 188
    label "188"
  ]
  node [
    id 189
    label "189"
  ]
  edge [
    source 0
    target 189
  ]
  edge [
    source 0
    target 188
  ]
  edge [
    source 0
    target 187
  ]
  edge [
    source 0
    target 186
  ]
  edge [
    source 0
    target 185
  ]
  edge [
    source 0
    target 184
  ]
  edge [
    source 0
    target 177
  ]
  edge [
    source 0
    target 176
  ]
  edge [
    source 0
    target 175
  ]
  edge [
    source 0
    target 174
  ]
  edge [
    source 0
    target 173
  ]
  edge [
    source 0
    target 172
  ]
  edge [
    source 0
    target 171
  ]
  edge [
    source 0
    target 170
  ]
  edge [
    source 0
    target 169
  ]
  edge [
    source 0
    target 168
  ]
  edge [
    source 0
    target 167
  ]
  edge [
    source 0
    target 166
  ]
  edge [
    source 0
    target 165
  ]
  edge [
    source 0
    target 158
  ]
  edge [
    source 0
    target 157
  ]
  edge [
    source 0
    target 156
  ]
  edge [
    source 0
    target 155
  ]
  edge [
    source 0
    target 154
  ]
  edge [
    source 0
    target 153
  ]
  edge [
    source 0
    target 152
  ]
  edge [
    source 0
    target 151
  ]
  edge [
    source 0
    target 150
  ]
  edge [
    source 0
    target 149
  ]
  edge [
    source 0
    target 148
  ]
  edge [
    source 0
    target 147
  ]
  edge [
    source 0
    target 146
  ]
  edge [
    source 0
    target 139
  ]
  edge [
    source 0
    target 138
  ]
  edge [
    source 0
    target 137
  ]
  edge [
    source 0
    target 136
  ]
  edge [
    source 0
    target 135
  ]
  edge [
    source 0
    target 134
  ]
  edge [
    source 0
    target 133
  ]
  edge [
    source 0
    target 132
  ]
  edge [
    source 0
    target 131
  ]
  edge [
    source 0
    target 130
  ]
  edge [
    source 0
    target 129
  ]
  edge [
    source 0
    target 128
  ]
  edge [
    source 0
    target 127
  ]
  edge [
    source 0
    target 120
  ]
  edge [
    source 0
    target 119
  ]
  edge [
    source 0
    target 118
  ]
  edge [
    source 0
    target 117
  ]
  edge [
    source 0
    target 116
  ]
  edge [
    source 0
    target 115
  ]
  edge [
    source 0
    target 114
  ]
  edge [
    source 0
    target 113
  ]
  edge [
    source 0
    target 112
  ]
  edge [
    source 0
    target 111
  ]
  edge [
    source 0
    target 110
  ]
  edge [
    source 0
    target 109
  ]
  edge [
    source 0
    target 108
  ]
  edge [
    source 0
    target 100
  ]
  edge [
    source 0
    target 99
  ]
  edge [
    source 0
    target 98
  ]
  edge [
    source 0
    target 97
  ]
  edge [
    source 0
    target 96
  ]
  edge [
    source 0
    target 95
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 0
    target 2
  ]
  edge [
    source 0
    target 3
  ]
  edge [
    source 0
    target 4
  ]
  edge [
    source 0
    target 5
  ]
  edge [
    source 0
    target 6
  ]
  edge [
    source 0
    target 13
  ]
  edge [
    source 0
    target 14
  ]
  edge [
    source 0
    target 15
  ]
  edge [
    source 0
    target 16
  ]
  edge [
    source 0
    target 17
  ]
  edge [
    source 0
    target 18
  ]
  edge [
    source 0
    target 19
  ]
  edge [
    source 0
    target 20
  ]
  edge [
    source 0
    target 21
  ]
  edge [
    source 0
    target 22
  ]
  edge [
    source 0
    target 23
  ]
  edge [
    source 0
    target 24
  ]
  edge [
    source 0
    target 25
  ]
  edge [
    source 0
    target 32
  ]
  edge [
    source 0
    target 33
  ]
  edge [
    source 0
    target 34
  ]
  edge [
    source 0
    target 35
  ]
  edge [
    source 0
    target 36
  ]
  edge [
    source 0
    target 37
  ]
  edge [
    source 0
    target 38
  ]
  edge [
    source 0
    target 39
  ]
  edge [
    source 0
    target 40
  ]
  edge [
    source 0
    target 41
  ]
  edge [
    source 0
    target 42
  ]
  edge [
    source 0
    target 43
  ]
  edge [
    source 0
    target 44
  ]
  edge [
    source 0
    target 51
  ]
  edge [
    source 0
    target 52
  ]
  edge [
    source 0
    target 53
  ]
  edge [
    source 0
    target 54
  ]
  edge [
    source 0
    target 55
  ]
  edge [
    source 0
    target 56
  ]
  edge [
    source 0
    target 57
  ]
  edge [
    source 0
    target 58
  ]
  edge [
    source 0
    target 59
  ]
  edge [
    source 0
    target 60
  ]
  edge [
    source 0
    target 61
  ]
  edge [
    source 0
    target 62
  ]
  edge [
    source 0
    target 63
  ]
  edge [
    source 0
    target 70
  ]
  edge [
    source 0
    target 71
  ]
  edge [
    source 0
    target 72
  ]
  edge [
    source 0
    target 73
  ]
  edge [
    source 0
    target 74
  ]
  edge [
    source 0
    target 75
  ]
  edge [
    source 0
    target 76
  ]
  edge [
    source 0
    target 77
  ]
  edge [
    source 0
    target 78
  ]
  edge [
    source 0
    target 79
  ]
  edge [
    source 0
    target 80
  ]
  edge [
    source 0
    target 81
  ]
  edge [
    source 0
    target 82
  ]
  edge [
    source 0
    target 90
  ]
  edge [
    source 0
    target 91
  ]
  edge [
    source 0
    target 92
  ]
  edge [
    source 0
    target 93
  ]
  edge [
    source 0
    target 94
  ]
  edge [
    source 1
    target 189
  ]
  edge [
    source 1
    target 188
  ]
  edge [
    source 1
    target 187
  ]
  edge [
    source 1
    target 186
  ]
  edge [
    source 1
    target 185
  ]
  edge [
    source 1
    target 178
  ]
  edge [
    source 1
    target 177
  ]
  edge [
    source 1
    target 176
  ]
  edge [
    source 1
    target 175
  ]
  edge [
    source 1
    target 174
  ]
  edge [
    source 1
    target 173
  ]
  edge [
    source 1
    target 172
  ]
  edge [
    source 1
    target 171
  ]
  edge [
    source 1
    target 170
  ]
  edge [
    source 1
    target 169
  ]
  edge [
    source 1
    target 168
  ]
  edge [
    source 1
    target 167
  ]
  edge [
    source 1
    target 166
  ]
  edge [
    source 1
    target 159
  ]
  edge [
    source 1
    target 158
  ]
  edge [
    source 1
    target 157
  ]
  edge [
    source 1
    target 156
  ]
  edge [
    source 1
    target 155
  ]
  edge [
    source 1
    target 154
  ]
  edge [
    source 1
    target 153
  ]
  edge [
    source 1
    target 152
  ]
  edge [
    source 1
    target 151
  ]
  edge [
    source 1
    target 150
  ]
  edge [
    source 1
    target 149
  ]
  edge [
    source 1
    target 148
  ]
  edge [
    source 1
    target 147
  ]
  edge [
    source 1
    target 140
  ]
  edge [
    source 1
    target 139
  ]
  edge [
    source 1
    target 138
  ]
  edge [
    source 1
    target 137
  ]
  edge [
    source 1
    target 136
  ]
  edge [
    source 1
    target 135
  ]
  edge [
    source 1
    target 134
  ]
  edge [
    source 1
    target 133
  ]
  edge [
    source 1
    target 132
  ]
  edge [
    source 1
    target 131
  ]
  edge [
    source 1
    target 130
  ]
  edge [
    source 1
    target 129
  ]
  edge [
    source 1
    target 128
  ]
  edge [
    source 1
    target 121
  ]
  edge [
    source 1
    target 120
  ]
  edge [
    source 1
    target 119
  ]
  edge [
    source 1
    target 118
  ]
  edge [
    source 1
    target 117
  ]
  edge [
    source 1
    target 116
  ]
  edge [
    source 1
    target 115
  ]
  edge [
    source 1
    target 114
  ]
  edge [
    source 1
    target 113
  ]
  edge [
    source 1
    target 112
  ]
  edge [
    source 1
    target 111
  ]
  edge [
    source 1
    target 110
  ]
  edge [
    source 1
    target 109
  ]
  edge [
    source 1
    target 101
  ]
  edge [
    source 1
    target 100
  ]
  edge [
    source 1
    target 99
  ]
  edge [
    source 1
    target 98
  ]
  edge [
    source 1
    target 97
  ]
  edge [
    source 1
    target 96
  ]
  edge [
    source 1
    target 2
  ]
  edge [
    source 1
    target 3
  ]
  edge [
    source 1
    target 4
  ]
  edge [
    source 1
    target 5
  ]
  edge [
    source 1
    target 6
  ]
  edge [
    source 1
    target 7
  ]
  edge [
    source 1
    target 14
  ]
  edge [
    source 1
    target 15
  ]
  edge [
    source 1
    target 16
  ]
  edge [
    source 1
    target 17
  ]
  edge [
    source 1
    target 18
  ]
  edge [
    source 1
    target 19
  ]
  edge [
    source 1
    target 20
  ]
  edge [
    source 1
    target 21
  ]
  edge [
    source 1
    target 22
  ]
  edge [
    source 1
    target 23
  ]
  edge [
    source 1
    target 24
  ]
  edge [
    source 1
    target 25
  ]
  edge [
    source 1
    target 26
  ]
  edge [
    source 1
    target 33
  ]
  edge [
    source 1
    target 34
  ]
  edge [
    source 1
    target 35
  ]
  edge [
    source 1
    target 36
  ]
  edge [
    source 1
    target 37
  ]
  edge [
    source 1
    target 38
  ]
  edge [
    source 1
    target 39
  ]
  edge [
    source 1
    target 40
  ]
  edge [
    source 1
    target 41
  ]
  edge [
    source 1
    target 42
  ]
  edge [
    source 1
    target 43
  ]
  edge [
    source 1
    target 44
  ]
  edge [
    source 1
    target 45
  ]
  edge [
    source 1
    target 52
  ]
  edge [
    source 1
    target 53
  ]
  edge [
    source 1
    target 54
  ]
  edge [
    source 1
    target 55
  ]
  edge [
    source 1
    target 56
  ]
  edge [
    source 1
    target 57
  ]
  edge [
    source 1
    target 58
  ]
  edge [
    source 1
    target 59
  ]
  edge [
    source 1
    target 60
  ]
  edge [
    source 1
    target 61
  ]
  edge [
    source 1
    target 62
  ]
  edge [
    source 1
    target 63
  ]
  edge [
    source 1
    target 64
  ]
  edge [
    source 1
    target 71
  ]
  edge [
    source 1
    target 72
  ]
  edge [
    source 1
    target 73
  ]
  edge [
    source 1
    target 74
  ]
  edge [
    source 1
    target 75
  ]
  edge [
    source 1
    target 76
  ]
  edge [
    source 1
    target 77
  ]
  edge [
    source 1
    target 78
  ]
  edge [
    source 1
    target 79
  ]
  edge [
    source 1
    target 80
  ]
  edge [
    source 1
    target 81
  ]
  edge [
    source 1
    target 82
  ]
  edge [
    source 1
    target 83
  ]
  edge [
    source 1
    target 91
  ]
  edge [
    source 1
    target 92
  ]
  edge [
    source 1
    target 93
  ]
  edge [
    source 1
    target 94
  ]
  edge [
    source 1
    target 95
  ]
  edge [
    source 2
    target 189
  ]
  edge [
    source 2
    target 188
  ]
  edge [
    source 2
    target 187
  ]
  edge [
    source 2
    target 186
  ]
  edge [
    source 2
    target 179
  ]
  edge [
    source 2
    target 178
  ]
  edge [
    source 2
    target 177
  ]
  edge [
    source 2
    target 176
  ]
  edge [
    source 2
    target 175
  ]
  edge [
    source 2
    target 174
  ]
  edge [
    source 2
    target 173
  ]
  edge [
    source 2
    target 172
  ]
  edge [
    source 2
    target 171
  ]
  edge [
    source 2
    target 170
  ]
  edge [
    source 2
    target 169
  ]
  edge [
    source 2
    target 168
  ]
  edge [
    source 2
    target 167
  ]
  edge [
    source 2
    target 160
  ]
  edge [
    source 2
    target 159
  ]
  edge [
    source 2
    target 158
  ]
  edge [
    source 2
    target 157
  ]
  edge [
    source 2
    target 156
  ]
  edge [
    source 2
    target 155
  ]
  edge [
    source 2
    target 154
  ]
  edge [
    source 2
    target 153
  ]
  edge [
    source 2
    target 152
  ]
  edge [
    source 2
    target 151
  ]
  edge [
    source 2
    target 150
  ]
  edge [
    source 2
    target 149
  ]
  edge [
    source 2
    target 148
  ]
  edge [
    source 2
    target 141
  ]
  edge [
    source 2
    target 140
  ]
  edge [
    source 2
    target 139
  ]
  edge [
    source 2
    target 138
  ]
  edge [
    source 2
    target 137
  ]
  edge [
    source 2
    target 136
  ]
  edge [
    source 2
    target 135
  ]
  edge [
    source 2
    target 134
  ]
  edge [
    source 2
    target 133
  ]
  edge [
    source 2
    target 132
  ]
  edge [
    source 2
    target 131
  ]
  edge [
    source 2
    target 130
  ]
  edge [
    source 2
    target 129
  ]
  edge [
    source 2
    target 122
  ]
  edge [
    source 2
    target 121
  ]
  edge [
    source 2
    target 120
  ]
  edge [
    source 2
    target 119
  ]
  edge [
    source 2
    target 118
  ]
  edge [
    source 2
    target 117
  ]
  edge [
    source 2
    target 116
  ]
  edge [
    source 2
    target 115
  ]
  edge [
    source 2
    target 114
  ]
  edge [
    source 2
    target 113
  ]
  edge [
    source 2
    target 112
  ]
  edge [
    source 2
    target 111
  ]
  edge [
    source 2
    target 110
  ]
  edge [
    source 2
    target 102
  ]
  edge [
    source 2
    target 101
  ]
  edge [
    source 2
    target 100
  ]
  edge [
    source 2
    target 99
  ]
  edge [
    source 2
    target 98
  ]
  edge [
    source 2
    target 97
  ]
  edge [
    source 2
    target 3
  ]
  edge [
    source 2
    target 4
  ]
  edge [
    source 2
    target 5
  ]
  edge [
    source 2
    target 6
  ]
  edge [
    source 2
    target 7
  ]
  edge [
    source 2
    target 8
  ]
  edge [
    source 2
    target 15
  ]
  edge [
    source 2
    target 16
  ]
  edge [
    source 2
    target 17
  ]
  edge [
    source 2
    target 18
  ]
  edge [
    source 2
    target 19
  ]
  edge [
    source 2
    target 20
  ]
  edge [
    source 2
    target 21
  ]
  edge [
    source 2
    target 22
  ]
  edge [
    source 2
    target 23
  ]
  edge [
    source 2
    target 24
  ]
  edge [
    source 2
    target 25
  ]
  edge [
    source 2
    target 26
  ]
  edge [
    source 2
    target 27
  ]
  edge [
    source 2
    target 34
  ]
  edge [
    source 2
    target 35
  ]
  edge [
    source 2
    target 36
  ]
  edge [
    source 2
    target 37
  ]
  edge [
    source 2
    target 38
  ]
  edge [
    source 2
    target 39
  ]
  edge [
    source 2
    target 40
  ]
  edge [
    source 2
    target 41
  ]
  edge [
    source 2
    target 42
  ]
  edge [
    source 2
    target 43
  ]
  edge [
    source 2
    target 44
  ]
  edge [
    source 2
    target 45
  ]
  edge [
    source 2
    target 46
  ]
  edge [
    source 2
    target 53
  ]
  edge [
    source 2
    target 54
  ]
  edge [
    source 2
    target 55
  ]
  edge [
    source 2
    target 56
  ]
  edge [
    source 2
    target 57
  ]
  edge [
    source 2
    target 58
  ]
  edge [
    source 2
    target 59
  ]
  edge [
    source 2
    target 60
  ]
  edge [
    source 2
    target 61
  ]
  edge [
    source 2
    target 62
  ]
  edge [
    source 2
    target 63
  ]
  edge [
    source 2
    target 64
  ]
  edge [
    source 2
    target 65
  ]
  edge [
    source 2
    target 72
  ]
  edge [
    source 2
    target 73
  ]
  edge [
    source 2
    target 74
  ]
  edge [
    source 2
    target 75
  ]
  edge [
    source 2
    target 76
  ]
  edge [
    source 2
    target 77
  ]
  edge [
    source 2
    target 78
  ]
  edge [
    source 2
    target 79
  ]
  edge [
    source 2
    target 80
  ]
  edge [
    source 2
    target 81
  ]
  edge [
    source 2
    target 82
  ]
  edge [
    source 2
    target 83
  ]
  edge [
    source 2
    target 84
  ]
  edge [
    source 2
    target 92
  ]
  edge [
    source 2
    target 93
  ]
  edge [
    source 2
    target 94
  ]
  edge [
    source 2
    target 95
  ]
  edge [
    source 2
    target 96
  ]
  edge [
    source 3
    target 189
  ]
  edge [
    source 3
    target 188
  ]
  edge [
    source 3
    target 187
  ]
  edge [
    source 3
    target 180
  ]
  edge [
    source 3
    target 179
  ]
  edge [
    source 3
    target 178
  ]
  edge [
    source 3
    target 177
  ]
  edge [
    source 3
    target 176
  ]
  edge [
    source 3
    target 175
  ]
  edge [
    source 3
    target 174
  ]
  edge [
    source 3
    target 173
  ]
  edge [
    source 3
    target 172
  ]
  edge [
    source 3
    target 171
  ]
  edge [
    source 3
    target 170
  ]
  edge [
    source 3
    target 169
  ]
  edge [
    source 3
    target 168
  ]
  edge [
    source 3
    target 161
  ]
  edge [
    source 3
    target 160
  ]
  edge [
    source 3
    target 159
  ]
  edge [
    source 3
    target 158
  ]
  edge [
    source 3
    target 157
  ]
  edge [
    source 3
    target 156
  ]
  edge [
    source 3
    target 155
  ]
  edge [
    source 3
    target 154
  ]
  edge [
    source 3
    target 153
  ]
  edge [
    source 3
    target 152
  ]
  edge [
    source 3
    target 151
  ]
  edge [
    source 3
    target 150
  ]
  edge [
    source 3
    target 149
  ]
  edge [
    source 3
    target 142
  ]
  edge [
    source 3
    target 141
  ]
  edge [
    source 3
    target 140
  ]
  edge [
    source 3
    target 139
  ]
  edge [
    source 3
    target 138
  ]
  edge [
    source 3
    target 137
  ]
  edge [
    source 3
    target 136
  ]
  edge [
    source 3
    target 135
  ]
  edge [
    source 3
    target 134
  ]
  edge [
    source 3
    target 133
  ]
  edge [
    source 3
    target 132
  ]
  edge [
    source 3
    target 131
  ]
  edge [
    source 3
    target 130
  ]
  edge [
    source 3
    target 123
  ]
  edge [
    source 3
    target 122
  ]
  edge [
    source 3
    target 121
  ]
  edge [
    source 3
    target 120
  ]
  edge [
    source 3
    target 119
  ]
  edge [
    source 3
    target 118
  ]
  edge [
    source 3
    target 117
  ]
  edge [
    source 3
    target 116
  ]
  edge [
    source 3
    target 115
  ]
  edge [
    source 3
    target 114
  ]
  edge [
    source 3
    target 113
  ]
  edge [
    source 3
    target 112
  ]
  edge [
    source 3
    target 111
  ]
  edge [
    source 3
    target 103
  ]
  edge [
    source 3
    target 102
  ]
  edge [
    source 3
    target 101
  ]
  edge [
    source 3
    target 100
  ]
  edge [
    source 3
    target 99
  ]
  edge [
    source 3
    target 98
  ]
  edge [
    source 3
    target 4
  ]
  edge [
    source 3
    target 5
  ]
  edge [
    source 3
    target 6
  ]
  edge [
    source 3
    target 7
  ]
  edge [
    source 3
    target 8
  ]
  edge [
    source 3
    target 9
  ]
  edge [
    source 3
    target 16
  ]
  edge [
    source 3
    target 17
  ]
  edge [
    source 3
    target 18
  ]
  edge [
    source 3
    target 19
  ]
  edge [
    source 3
    target 20
  ]
  edge [
    source 3
    target 21
  ]
  edge [
    source 3
    target 22
  ]
  edge [
    source 3
    target 23
  ]
  edge [
    source 3
    target 24
  ]
  edge [
    source 3
    target 25
  ]
  edge [
    source 3
    target 26
  ]
  edge [
    source 3
    target 27
  ]
  edge [
    source 3
    target 28
  ]
  edge [
    source 3
    target 35
  ]
  edge [
    source 3
    target 36
  ]
  edge [
    source 3
    target 37
  ]
  edge [
    source 3
    target 38
  ]
  edge [
    source 3
    target 39
  ]
  edge [
    source 3
    target 40
  ]
  edge [
    source 3
    target 41
  ]
  edge [
    source 3
    target 42
  ]
  edge [
    source 3
    target 43
  ]
  edge [
    source 3
    target 44
  ]
  edge [
    source 3
    target 45
  ]
  edge [
    source 3
    target 46
  ]
  edge [
    source 3
    target 47
  ]
  edge [
    source 3
    target 54
  ]
  edge [
    source 3
    target 55
  ]
  edge [
    source 3
    target 56
  ]
  edge [
    source 3
    target 57
  ]
  edge [
    source 3
    target 58
  ]
  edge [
    source 3
    target 59
  ]
  edge [
    source 3
    target 60
  ]
  edge [
    source 3
    target 61
  ]
  edge [
    source 3
    target 62
  ]
  edge [
    source 3
    target 63
  ]
  edge [
    source 3
    target 64
  ]
  edge [
    source 3
    target 65
  ]
  edge [
    source 3
    target 66
  ]
  edge [
    source 3
    target 73
  ]
  edge [
    source 3
    target 74
  ]
  edge [
    source 3
    target 75
  ]
  edge [
    source 3
    target 76
  ]
  edge [
    source 3
    target 77
  ]
  edge [
    source 3
    target 78
  ]
  edge [
    source 3
    target 79
  ]
  edge [
    source 3
    target 80
  ]
  edge [
    source 3
    target 81
  ]
  edge [
    source 3
    target 82
  ]
  edge [
    source 3
    target 83
  ]
  edge [
    source 3
    target 84
  ]
  edge [
    source 3
    target 85
  ]
  edge [
    source 3
    target 93
  ]
  edge [
    source 3
    target 94
  ]
  edge [
    source 3
    target 95
  ]
  edge [
    source 3
    target 96
  ]
  edge [
    source 3
    target 97
  ]
  edge [
    source 4
    target 189
  ]
  edge [
    source 4
    target 188
  ]
  edge [
    source 4
    target 181
  ]
  edge [
    source 4
    target 180
  ]
  edge [
    source 4
    target 179
  ]
  edge [
    source 4
    target 178
  ]
  edge [
    source 4
    target 177
  ]
  edge [
    source 4
    target 176
  ]
  edge [
    source 4
    target 175
  ]
  edge [
    source 4
    target 174
  ]
  edge [
    source 4
    target 173
  ]
  edge [
    source 4
    target 172
  ]
  edge [
    source 4
    target 171
  ]
  edge [
    source 4
    target 170
  ]
  edge [
    source 4
    target 169
  ]
  edge [
    source 4
    target 162
  ]
  edge [
    source 4
    target 161
  ]
  edge [
    source 4
    target 160
  ]
  edge [
    source 4
    target 159
  ]
  edge [
    source 4
    target 158
  ]
  edge [
    source 4
    target 157
  ]
  edge [
    source 4
    target 156
  ]
  edge [
    source 4
    target 155
  ]
  edge [
    source 4
    target 154
  ]
  edge [
    source 4
    target 153
  ]
  edge [
    source 4
    target 152
  ]
  edge [
    source 4
    target 151
  ]
  edge [
    source 4
    target 150
  ]
  edge [
    source 4
    target 143
  ]
  edge [
    source 4
    target 142
  ]
  edge [
    source 4
    target 141
  ]
  edge [
    source 4
    target 140
  ]
  edge [
    source 4
    target 139
  ]
  edge [
    source 4
    target 138
  ]
  edge [
    source 4
    target 137
  ]
  edge [
    source 4
    target 136
  ]
  edge [
    source 4
    target 135
  ]
  edge [
    source 4
    target 134
  ]
  edge [
    source 4
    target 133
  ]
  edge [
    source 4
    target 132
  ]
  edge [
    source 4
    target 131
  ]
  edge [
    source 4
    target 124
  ]
  edge [
    source 4
    target 123
  ]
  edge [
    source 4
    target 122
  ]
  edge [
    source 4
    target 121
  ]
  edge [
    source 4
    target 120
  ]
  edge [
    source 4
    target 119
  ]
  edge [
    source 4
    target 118
  ]
  edge [
    source 4
    target 117
  ]
  edge [
    source 4
    target 116
  ]
  edge [
    source 4
    target 115
  ]
  edge [
    source 4
    target 114
  ]
  edge [
    source 4
    target 113
  ]
  edge [
    source 4
    target 112
  ]
  edge [
    source 4
    target 104
  ]
  edge [
    source 4
    target 103
  ]
  edge [
    source 4
    target 102
  ]
  edge [
    source 4
    target 101
  ]
  edge [
    source 4
    target 100
  ]
  edge [
    source 4
    target 99
  ]
  edge [
    source 4
    target 5
  ]
  edge [
    source 4
    target 6
  ]
  edge [
    source 4
    target 7
  ]
  edge [
    source 4
    target 8
  ]
  edge [
    source 4
    target 9
  ]
  edge [
    source 4
    target 10
  ]
  edge [
    source 4
    target 17
  ]
  edge [
    source 4
    target 18
  ]
  edge [
    source 4
    target 19
  ]
  edge [
    source 4
    target 20
  ]
  edge [
    source 4
    target 21
  ]
  edge [
    source 4
    target 22
  ]
  edge [
    source 4
    target 23
  ]
  edge [
    source 4
    target 24
  ]
  edge [
    source 4
    target 25
  ]
  edge [
    source 4
    target 26
  ]
  edge [
    source 4
    target 27
  ]
  edge [
    source 4
    target 28
  ]
  edge [
    source 4
    target 29
  ]
  edge [
    source 4
    target 36
  ]
  edge [
    source 4
    target 37
  ]
  edge [
    source 4
    target 38
  ]
  edge [
    source 4
    target 39
  ]
  edge [
    source 4
    target 40
  ]
  edge [
    source 4
    target 41
  ]
  edge [
    source 4
    target 42
  ]
  edge [
    source 4
    target 43
  ]
  edge [
    source 4
    target 44
  ]
  edge [
    source 4
    target 45
  ]
  edge [
    source 4
    target 46
  ]
  edge [
    source 4
    target 47
  ]
  edge [
    source 4
    target 48
  ]
  edge [
    source 4
    target 55
  ]
  edge [
    source 4
    target 56
  ]
  edge [
    source 4
    target 57
  ]
  edge [
    source 4
    target 58
  ]
  edge [
    source 4
    target 59
  ]
  edge [
    source 4
    target 60
  ]
  edge [
    source 4
    target 61
  ]
  edge [
    source 4
    target 62
  ]
  edge [
    source 4
    target 63
  ]
  edge [
    source 4
    target 64
  ]
  edge [
    source 4
    target 65
  ]
  edge [
    source 4
    target 66
  ]
  edge [
    source 4
    target 67
  ]
  edge [
    source 4
    target 74
  ]
  edge [
    source 4
    target 75
  ]
  edge [
    source 4
    target 76
  ]
  edge [
    source 4
    target 77
  ]
  edge [
    source 4
    target 78
  ]
  edge [
    source 4
    target 79
  ]
  edge [
    source 4
    target 80
  ]
  edge [
    source 4
    target 81
  ]
  edge [
    source 4
    target 82
  ]
  edge [
    source 4
    target 83
  ]
  edge [
    source 4
    target 84
  ]
  edge [
    source 4
    target 85
  ]
  edge [
    source 4
    target 86
  ]
  edge [
    source 4
    target 94
  ]
  edge [
    source 4
    target 95
  ]
  edge [
    source 4
    target 96
  ]
  edge [
    source 4
    target 97
  ]
  edge [
    source 4
    target 98
  ]
  edge [
    source 5
    target 189
  ]
  edge [
    source 5
    target 182
  ]
  edge [
    source 5
    target 181
  ]
  edge [
    source 5
    target 180
  ]
  edge [
    source 5
    target 179
  ]
  edge [
    source 5
    target 178
  ]
  edge [
    source 5
    target 177
  ]
  edge [
    source 5
    target 176
  ]
  edge [
    source 5
    target 175
  ]
  edge [
    source 5
    target 174
  ]
  edge [
    source 5
    target 173
  ]
  edge [
    source 5
    target 172
  ]
  edge [
    source 5
    target 171
  ]
  edge [
    source 5
    target 170
  ]
  edge [
    source 5
    target 163
  ]
  edge [
    source 5
    target 162
  ]
  edge [
    source 5
    target 161
  ]
  edge [
    source 5
    target 160
  ]
  edge [
    source 5
    target 159
  ]
  edge [
    source 5
    target 158
  ]
  edge [
    source 5
    target 157
  ]
  edge [
    source 5
    target 156
  ]
  edge [
    source 5
    target 155
  ]
  edge [
    source 5
    target 154
  ]
  edge [
    source 5
    target 153
  ]
  edge [
    source 5
    target 152
  ]
  edge [
    source 5
    target 151
  ]
  edge [
    source 5
    target 144
  ]
  edge [
    source 5
    target 143
  ]
  edge [
    source 5
    target 142
  ]
  edge [
    source 5
    target 141
  ]
  edge [
    source 5
    target 140
  ]
  edge [
    source 5
    target 139
  ]
  edge [
    source 5
    target 138
  ]
  edge [
    source 5
    target 137
  ]
  edge [
    source 5
    target 136
  ]
  edge [
    source 5
    target 135
  ]
  edge [
    source 5
    target 134
  ]
  edge [
    source 5
    target 133
  ]
  edge [
    source 5
    target 132
  ]
  edge [
    source 5
    target 125
  ]
  edge [
    source 5
    target 124
  ]
  edge [
    source 5
    target 123
  ]
  edge [
    source 5
    target 122
  ]
  edge [
    source 5
    target 121
  ]
  edge [
    source 5
    target 120
  ]
  edge [
    source 5
    target 119
  ]
  edge [
    source 5
    target 118
  ]
  edge [
    source 5
    target 117
  ]
  edge [
    source 5
    target 116
  ]
  edge [
    source 5
    target 115
  ]
  edge [
    source 5
    target 114
  ]
  edge [
    source 5
    target 113
  ]
  edge [
    source 5
    target 105
  ]
  edge [
    source 5
    target 104
  ]
  edge [
    source 5
    target 103
  ]
  edge [
    source 5
    target 102
  ]
  edge [
    source 5
    target 101
  ]
  edge [
    source 5
    target 100
  ]
  edge [
    source 5
    target 6
  ]
  edge [
    source 5
    target 7
  ]
  edge [
    source 5
    target 8
  ]
  edge [
    source 5
    target 9
  ]
  edge [
    source 5
    target 10
  ]
  edge [
    source 5
    target 11
  ]
  edge [
    source 5
    target 18
  ]
  edge [
    source 5
    target 19
  ]
  edge [
    source 5
    target 20
  ]
  edge [
    source 5
    target 21
  ]
  edge [
    source 5
    target 22
  ]
  edge [
    source 5
    target 23
  ]
  edge [
    source 5
    target 24
  ]
  edge [
    source 5
    target 25
  ]
  edge [
    source 5
    target 26
  ]
  edge [
    source 5
    target 27
  ]
  edge [
    source 5
    target 28
  ]
  edge [
    source 5
    target 29
  ]
  edge [
    source 5
    target 30
  ]
  edge [
    source 5
    target 37
  ]
  edge [
    source 5
    target 38
  ]
  edge [
    source 5
    target 39
  ]
  edge [
    source 5
    target 40
  ]
  edge [
    source 5
    target 41
  ]
  edge [
    source 5
    target 42
  ]
  edge [
    source 5
    target 43
  ]
  edge [
    source 5
    target 44
  ]
  edge [
    source 5
    target 45
  ]
  edge [
    source 5
    target 46
  ]
  edge [
    source 5
    target 47
  ]
  edge [
    source 5
    target 48
  ]
  edge [
    source 5
    target 49
  ]
  edge [
    source 5
    target 56
  ]
  edge [
    source 5
    target 57
  ]
  edge [
    source 5
    target 58
  ]
  edge [
    source 5
    target 59
  ]
  edge [
    source 5
    target 60
  ]
  edge [
    source 5
    target 61
  ]
  edge [
    source 5
    target 62
  ]
  edge [
    source 5
    target 63
  ]
  edge [
    source 5
    target 64
  ]
  edge [
    source 5
    target 65
  ]
  edge [
    source 5
    target 66
  ]
  edge [
    source 5
    target 67
  ]
  edge [
    source 5
    target 68
  ]
  edge [
    source 5
    target 75
  ]
  edge [
    source 5
    target 76
  ]
  edge [
    source 5
    target 77
  ]
  edge [
    source 5
    target 78
  ]
  edge [
    source 5
    target 79
  ]
  edge [
    source 5
    target 80
  ]
  edge [
    source 5
    target 81
  ]
  edge [
    source 5
    target 82
  ]
  edge [
    source 5
    target 83
  ]
  edge [
    source 5
    target 84
  ]
  edge [
    source 5
    target 85
  ]
  edge [
    source 5
    target 86
  ]
  edge [
    source 5
    target 87
  ]
  edge [
    source 5
    target 95
  ]
  edge [
    source 5
    target 96
  ]
  edge [
    source 5
    target 97
  ]
  edge [
    source 5
    target 98
  ]
  edge [
    source 5
    target 99
  ]
  edge [
    source 6
    target 183
  ]
  edge [
    source 6
    target 182
  ]
  edge [
    source 6
    target 181
  ]
  edge [
    source 6
    target 180
  ]
  edge [
    source 6
    target 179
  ]
  edge [
    source 6
    target 178
  ]
  edge [
    source 6
    target 177
  ]
  edge [
    source 6
    target 176
  ]
  edge [
    source 6
    target 175
  ]
  edge [
    source 6
    target 174
  ]
  edge [
    source 6
    target 173
  ]
  edge [
    source 6
    target 172
  ]
  edge [
    source 6
    target 171
  ]
  edge [
    source 6
    target 164
  ]
  edge [
    source 6
    target 163
  ]
  edge [
    source 6
    target 162
  ]
  edge [
    source 6
    target 161
  ]
  edge [
    source 6
    target 160
  ]
  edge [
    source 6
    target 159
  ]
  edge [
    source 6
    target 158
  ]
  edge [
    source 6
    target 157
  ]
  edge [
    source 6
    target 156
  ]
  edge [
    source 6
    target 155
  ]
  edge [
    source 6
    target 154
  ]
  edge [
    source 6
    target 153
  ]
  edge [
    source 6
    target 152
  ]
  edge [
    source 6
    target 145
  ]
  edge [
    source 6
    target 144
  ]
  edge [
    source 6
    target 143
  ]
  edge [
    source 6
    target 142
  ]
  edge [
    source 6
    target 141
  ]
  edge [
    source 6
    target 140
  ]
  edge [
    source 6
    target 139
  ]
  edge [
    source 6
    target 138
  ]
  edge [
    source 6
    target 137
  ]
  edge [
    source 6
    target 136
  ]
  edge [
    source 6
    target 135
  ]
  edge [
    source 6
    target 134
  ]
  edge [
    source 6
    target 133
  ]
  edge [
    source 6
    target 126
  ]
  edge [
    source 6
    target 125
  ]
  edge [
    source 6
    target 124
  ]
  edge [
    source 6
    target 123
  ]
  edge [
    source 6
    target 122
  ]
  edge [
    source 6
    target 121
  ]
  edge [
    source 6
    target 120
  ]
  edge [
    source 6
    target 119
  ]
  edge [
    source 6
    target 118
  ]
  edge [
    source 6
    target 117
  ]
  edge [
    source 6
    target 116
  ]
  edge [
    source 6
    target 115
  ]
  edge [
    source 6
    target 114
  ]
  edge [
    source 6
    target 106
  ]
  edge [
    source 6
    target 105
  ]
  edge [
    source 6
    target 104
  ]
  edge [
    source 6
    target 103
  ]
  edge [
    source 6
    target 102
  ]
  edge [
    source 6
    target 101
  ]
  edge [
    source 6
    target 7
  ]
  edge [
    source 6
    target 8
  ]
  edge [
    source 6
    target 9
  ]
  edge [
    source 6
    target 10
  ]
  edge [
    source 6
    target 11
  ]
  edge [
    source 6
    target 12
  ]
  edge [
    source 6
    target 19
  ]
  edge [
    source 6
    target 20
  ]
  edge [
    source 6
    target 21
  ]
  edge [
    source 6
    target 22
  ]
  edge [
    source 6
    target 23
  ]
  edge [
    source 6
    target 24
  ]
  edge [
    source 6
    target 25
  ]
  edge [
    source 6
    target 26
  ]
  edge [
    source 6
    target 27
  ]
  edge [
    source 6
    target 28
  ]
  edge [
    source 6
    target 29
  ]
  edge [
    source 6
    target 30
  ]
  edge [
    source 6
    target 31
  ]
  edge [
    source 6
    target 38
  ]
  edge [
    source 6
    target 39
  ]
  edge [
    source 6
    target 40
  ]
  edge [
    source 6
    target 41
  ]
  edge [
    source 6
    target 42
  ]
  edge [
    source 6
    target 43
  ]
  edge [
    source 6
    target 44
  ]
  edge [
    source 6
    target 45
  ]
  edge [
    source 6
    target 46
  ]
  edge [
    source 6
    target 47
  ]
  edge [
    source 6
    target 48
  ]
  edge [
    source 6
    target 49
  ]
  edge [
    source 6
    target 50
  ]
  edge [
    source 6
    target 57
  ]
  edge [
    source 6
    target 58
  ]
  edge [
    source 6
    target 59
  ]
  edge [
    source 6
    target 60
  ]
  edge [
    source 6
    target 61
  ]
  edge [
    source 6
    target 62
  ]
  edge [
    source 6
    target 63
  ]
  edge [
    source 6
    target 64
  ]
  edge [
    source 6
    target 65
  ]
  edge [
    source 6
    target 66
  ]
  edge [
    source 6
    target 67
  ]
  edge [
    source 6
    target 68
  ]
  edge [
    source 6
    target 69
  ]
  edge [
    source 6
    target 76
  ]
  edge [
    source 6
    target 77
  ]
  edge [
    source 6
    target 78
  ]
  edge [
    source 6
    target 79
  ]
  edge [
    source 6
    target 80
  ]
  edge [
    source 6
    target 81
  ]
  edge [
    source 6
    target 82
  ]
  edge [
    source 6
    target 83
  ]
  edge [
    source 6
    target 84
  ]
  edge [
    source 6
    target 85
  ]
  edge [
    source 6
    target 86
  ]
  edge [
    source 6
    target 87
  ]
  edge [
    source 6
    target 88
  ]
  edge [
    source 6
    target 96
  ]
  edge [
    source 6
    target 97
  ]
  edge [
    source 6
    target 98
  ]
  edge [
    source 6
    target 99
  ]
  edge [
    source 6
    target 100
  ]
  edge [
    source 7
    target 184
  ]
  edge [
    source 7
    target 183
  ]
  edge [
    source 7
    target 182
  ]
  edge [
    source 7
    target 181
  ]
  edge [
    source 7
    target 180
  ]
  edge [
    source 7
    target 179
  ]
  edge [
    source 7
    target 178
  ]
  edge [
    source 7
    target 177
  ]
  edge [
    source 7
    target 176
  ]
  edge [
    source 7
    target 175
  ]
  edge [
    source 7
    target 174
  ]
  edge [
    source 7
    target 173
  ]
  edge [
    source 7
    target 172
  ]
  edge [
    source 7
    target 165
  ]
  edge [
    source 7
    target 164
  ]
  edge [
    source 7
    target 163
  ]
  edge [
    source 7
    target 162
  ]
  edge [
    source 7
    target 161
  ]
  edge [
    source 7
    target 160
  ]
  edge [
    source 7
    target 159
  ]
  edge [
    source 7
    target 158
  ]
  edge [
    source 7
    target 157
  ]
  edge [
    source 7
    target 156
  ]
  edge [
    source 7
    target 155
  ]
  edge [
    source 7
    target 154
  ]
  edge [
    source 7
    target 153
  ]
  edge [
    source 7
    target 146
  ]
  edge [
    source 7
    target 145
  ]
  edge [
    source 7
    target 144
  ]
  edge [
    source 7
    target 143
  ]
  edge [
    source 7
    target 142
  ]
  edge [
    source 7
    target 141
  ]
  edge [
    source 7
    target 140
  ]
  edge [
    source 7
    target 139
  ]
  edge [
    source 7
    target 138
  ]
  edge [
    source 7
    target 137
  ]
  edge [
    source 7
    target 136
  ]
  edge [
    source 7
    target 135
  ]
  edge [
    source 7
    target 134
  ]
  edge [
    source 7
    target 127
  ]
  edge [
    source 7
    target 126
  ]
  edge [
    source 7
    target 125
  ]
  edge [
    source 7
    target 124
  ]
  edge [
    source 7
    target 123
  ]
  edge [
    source 7
    target 122
  ]
  edge [
    source 7
    target 121
  ]
  edge [
    source 7
    target 120
  ]
  edge [
    source 7
    target 119
  ]
  edge [
    source 7
    target 118
  ]
  edge [
    source 7
    target 117
  ]
  edge [
    source 7
    target 116
  ]
  edge [
    source 7
    target 115
  ]
  edge [
    source 7
    target 107
  ]
  edge [
    source 7
    target 106
  ]
  edge [
    source 7
    target 105
  ]
  edge [
    source 7
    target 104
  ]
  edge [
    source 7
    target 103
  ]
  edge [
    source 7
    target 102
  ]
  edge [
    source 7
    target 8
  ]
  edge [
    source 7
    target 9
  ]
  edge [
    source 7
    target 10
  ]
  edge [
    source 7
    target 11
  ]
  edge [
    source 7
    target 12
  ]
  edge [
    source 7
    target 13
  ]
  edge [
    source 7
    target 20
  ]
  edge [
    source 7
    target 21
  ]
  edge [
    source 7
    target 22
  ]
  edge [
    source 7
    target 23
  ]
  edge [
    source 7
    target 24
  ]
  edge [
    source 7
    target 25
  ]
  edge [
    source 7
    target 26
  ]
  edge [
    source 7
    target 27
  ]
  edge [
    source 7
    target 28
  ]
  edge [
    source 7
    target 29
  ]
  edge [
    source 7
    target 30
  ]
  edge [
    source 7
    target 31
  ]
  edge [
    source 7
    target 32
  ]
  edge [
    source 7
    target 39
  ]
  edge [
    source 7
    target 40
  ]
  edge [
    source 7
    target 41
  ]
  edge [
    source 7
    target 42
  ]
  edge [
    source 7
    target 43
  ]
  edge [
    source 7
    target 44
  ]
  edge [
    source 7
    target 45
  ]
  edge [
    source 7
    target 46
  ]
  edge [
    source 7
    target 47
  ]
  edge [
    source 7
    target 48
  ]
  edge [
    source 7
    target 49
  ]
  edge [
    source 7
    target 50
  ]
  edge [
    source 7
    target 51
  ]
  edge [
    source 7
    target 58
  ]
  edge [
    source 7
    target 59
  ]
  edge [
    source 7
    target 60
  ]
  edge [
    source 7
    target 61
  ]
  edge [
    source 7
    target 62
  ]
  edge [
    source 7
    target 63
  ]
  edge [
    source 7
    target 64
  ]
  edge [
    source 7
    target 65
  ]
  edge [
    source 7
    target 66
  ]
  edge [
    source 7
    target 67
  ]
  edge [
    source 7
    target 68
  ]
  edge [
    source 7
    target 69
  ]
  edge [
    source 7
    target 70
  ]
  edge [
    source 7
    target 77
  ]
  edge [
    source 7
    target 78
  ]
  edge [
    source 7
    target 79
  ]
  edge [
    source 7
    target 80
  ]
  edge [
    source 7
    target 81
  ]
  edge [
    source 7
    target 82
  ]
  edge [
    source 7
    target 83
  ]
  edge [
    source 7
    target 84
  ]
  edge [
    source 7
    target 85
  ]
  edge [
    source 7
    target 86
  ]
  edge [
    source 7
    target 87
  ]
  edge [
    source 7
    target 88
  ]
  edge [
    source 7
    target 89
  ]
  edge [
    source 7
    target 97
  ]
  edge [
    source 7
    target 98
  ]
  edge [
    source 7
    target 99
  ]
  edge [
    source 7
    target 100
  ]
  edge [
    source 7
    target 101
  ]
  edge [
    source 8
    target 185
  ]
  edge [
    source 8
    target 184
  ]
  edge [
    source 8
    target 183
  ]
  edge [
    source 8
    target 182
  ]
  edge [
    source 8
    target 181
  ]
  edge [
    source 8
    target 180
  ]
  edge [
    source 8
    target 179
  ]
  edge [
    source 8
    target 178
  ]
  edge [
    source 8
    target 177
  ]
  edge [
    source 8
    target 176
  ]
  edge [
    source 8
    target 175
  ]
  edge [
    source 8
    target 174
  ]
  edge [
    source 8
    target 173
  ]
  edge [
    source 8
    target 166
  ]
  edge [
    source 8
    target 165
  ]
  edge [
    source 8
    target 164
  ]
  edge [
    source 8
    target 163
  ]
  edge [
    source 8
    target 162
  ]
  edge [
    source 8
    target 161
  ]
  edge [
    source 8
    target 160
  ]
  edge [
    source 8
    target 159
  ]
  edge [
    source 8
    target 158
  ]
  edge [
    source 8
    target 157
  ]
  edge [
    source 8
    target 156
  ]
  edge [
    source 8
    target 155
  ]
  edge [
    source 8
    target 154
  ]
  edge [
    source 8
    target 147
  ]
  edge [
    source 8
    target 146
  ]
  edge [
    source 8
    target 145
  ]
  edge [
    source 8
    target 144
  ]
  edge [
    source 8
    target 143
  ]
  edge [
    source 8
    target 142
  ]
  edge [
    source 8
    target 141
  ]
  edge [
    source 8
    target 140
  ]
  edge [
    source 8
    target 139
  ]
  edge [
    source 8
    target 138
  ]
  edge [
    source 8
    target 137
  ]
  edge [
    source 8
    target 136
  ]
  edge [
    source 8
    target 135
  ]
  edge [
    source 8
    target 128
  ]
  edge [
    source 8
    target 127
  ]
  edge [
    source 8
    target 126
  ]
  edge [
    source 8
    target 125
  ]
  edge [
    source 8
    target 124
  ]
  edge [
    source 8
    target 123
  ]
  edge [
    source 8
    target 122
  ]
  edge [
    source 8
    target 121
  ]
  edge [
    source 8
    target 120
  ]
  edge [
    source 8
    target 119
  ]
  edge [
    source 8
    target 118
  ]
  edge [
    source 8
    target 117
  ]
  edge [
    source 8
    target 116
  ]
  edge [
    source 8
    target 108
  ]
  edge [
    source 8
    target 107
  ]
  edge [
    source 8
    target 106
  ]
  edge [
    source 8
    target 105
  ]
  edge [
    source 8
    target 104
  ]
  edge [
    source 8
    target 103
  ]
  edge [
    source 8
    target 9
  ]
  edge [
    source 8
    target 10
  ]
  edge [
    source 8
    target 11
  ]
  edge [
    source 8
    target 12
  ]
  edge [
    source 8
    target 13
  ]
  edge [
    source 8
    target 14
  ]
  edge [
    source 8
    target 21
  ]
  edge [
    source 8
    target 22
  ]
  edge [
    source 8
    target 23
  ]
  edge [
    source 8
    target 24
  ]
  edge [
    source 8
    target 25
  ]
  edge [
    source 8
    target 26
  ]
  edge [
    source 8
    target 27
  ]
  edge [
    source 8
    target 28
  ]
  edge [
    source 8
    target 29
  ]
  edge [
    source 8
    target 30
  ]
  edge [
    source 8
    target 31
  ]
  edge [
    source 8
    target 32
  ]
  edge [
    source 8
    target 33
  ]
  edge [
    source 8
    target 40
  ]
  edge [
    source 8
    target 41
  ]
  edge [
    source 8
    target 42
  ]
  edge [
    source 8
    target 43
  ]
  edge [
    source 8
    target 44
  ]
  edge [
    source 8
    target 45
  ]
  edge [
    source 8
    target 46
  ]
  edge [
    source 8
    target 47
  ]
  edge [
    source 8
    target 48
  ]
  edge [
    source 8
    target 49
  ]
  edge [
    source 8
    target 50
  ]
  edge [
    source 8
    target 51
  ]
  edge [
    source 8
    target 52
  ]
  edge [
    source 8
    target 59
  ]
  edge [
    source 8
    target 60
  ]
  edge [
    source 8
    target 61
  ]
  edge [
    source 8
    target 62
  ]
  edge [
    source 8
    target 63
  ]
  edge [
    source 8
    target 64
  ]
  edge [
    source 8
    target 65
  ]
  edge [
    source 8
    target 66
  ]
  edge [
    source 8
    target 67
  ]
  edge [
    source 8
    target 68
  ]
  edge [
    source 8
    target 69
  ]
  edge [
    source 8
    target 70
  ]
  edge [
    source 8
    target 71
  ]
  edge [
    source 8
    target 78
  ]
  edge [
    source 8
    target 79
  ]
  edge [
    source 8
    target 80
  ]
  edge [
    source 8
    target 81
  ]
  edge [
    source 8
    target 82
  ]
  edge [
    source 8
    target 83
  ]
  edge [
    source 8
    target 84
  ]
  edge [
    source 8
    target 85
  ]
  edge [
    source 8
    target 86
  ]
  edge [
    source 8
    target 87
  ]
  edge [
    source 8
    target 88
  ]
  edge [
    source 8
    target 89
  ]
  edge [
    source 8
    target 90
  ]
  edge [
    source 8
    target 98
  ]
  edge [
    source 8
    target 99
  ]
  edge [
    source 8
    target 100
  ]
  edge [
    source 8
    target 101
  ]
  edge [
    source 8
    target 102
  ]
  edge [
    source 9
    target 186
  ]
  edge [
    source 9
    target 185
  ]
  edge [
    source 9
    target 184
  ]
  edge [
    source 9
    target 183
  ]
  edge [
    source 9
    target 182
  ]
  edge [
    source 9
    target 181
  ]
  edge [
    source 9
    target 180
  ]
  edge [
    source 9
    target 179
  ]
  edge [
    source 9
    target 178
  ]
  edge [
    source 9
    target 177
  ]
  edge [
    source 9
    target 176
  ]
  edge [
    source 9
    target 175
  ]
  edge [
    source 9
    target 174
  ]
  edge [
    source 9
    target 167
  ]
  edge [
    source 9
    target 166
  ]
  edge [
    source 9
    target 165
  ]
  edge [
    source 9
    target 164
  ]
  edge [
    source 9
    target 163
  ]
  edge [
    source 9
    target 162
  ]
  edge [
    source 9
    target 161
  ]
  edge [
    source 9
    target 160
  ]
  edge [
    source 9
    target 159
  ]
  edge [
    source 9
    target 158
  ]
  edge [
    source 9
    target 157
  ]
  edge [
    source 9
    target 156
  ]
  edge [
    source 9
    target 155
  ]
  edge [
    source 9
    target 148
  ]
  edge [
    source 9
    target 147
  ]
  edge [
    source 9
    target 146
  ]
  edge [
    source 9
    target 145
  ]
  edge [
    source 9
    target 144
  ]
  edge [
    source 9
    target 143
  ]
  edge [
    source 9
    target 142
  ]
  edge [
    source 9
    target 141
  ]
  edge [
    source 9
    target 140
  ]
  edge [
    source 9
    target 139
  ]
  edge [
    source 9
    target 138
  ]
  edge [
    source 9
    target 137
  ]
  edge [
    source 9
    target 136
  ]
  edge [
    source 9
    target 129
  ]
  edge [
    source 9
    target 128
  ]
  edge [
    source 9
    target 127
  ]
  edge [
    source 9
    target 126
  ]
  edge [
    source 9
    target 125
  ]
  edge [
    source 9
    target 124
  ]
  edge [
    source 9
    target 123
  ]
  edge [
    source 9
    target 122
  ]
  edge [
    source 9
    target 121
  ]
  edge [
    source 9
    target 120
  ]
  edge [
    source 9
    target 119
  ]
  edge [
    source 9
    target 118
  ]
  edge [
    source 9
    target 117
  ]
  edge [
    source 9
    target 109
  ]
  edge [
    source 9
    target 108
  ]
  edge [
    source 9
    target 107
  ]
  edge [
    source 9
    target 106
  ]
  edge [
    source 9
    target 105
  ]
  edge [
    source 9
    target 104
  ]
  edge [
    source 9
    target 10
  ]
  edge [
    source 9
    target 11
  ]
  edge [
    source 9
    target 12
  ]
  edge [
    source 9
    target 13
  ]
  edge [
    source 9
    target 14
  ]
  edge [
    source 9
    target 15
  ]
  edge [
    source 9
    target 22
  ]
  edge [
    source 9
    target 23
  ]
  edge [
    source 9
    target 24
  ]
  edge [
    source 9
    target 25
  ]
  edge [
    source 9
    target 26
  ]
  edge [
    source 9
    target 27
  ]
  edge [
    source 9
    target 28
  ]
  edge [
    source 9
    target 29
  ]
  edge [
    source 9
    target 30
  ]
  edge [
    source 9
    target 31
  ]
  edge [
    source 9
    target 32
  ]
  edge [
    source 9
    target 33
  ]
  edge [
    source 9
    target 34
  ]
  edge [
    source 9
    target 41
  ]
  edge [
    source 9
    target 42
  ]
  edge [
    source 9
    target 43
  ]
  edge [
    source 9
    target 44
  ]
  edge [
    source 9
    target 45
  ]
  edge [
    source 9
    target 46
  ]
  edge [
    source 9
    target 47
  ]
  edge [
    source 9
    target 48
  ]
  edge [
    source 9
    target 49
  ]
  edge [
    source 9
    target 50
  ]
  edge [
    source 9
    target 51
  ]
  edge [
    source 9
    target 52
  ]
  edge [
    source 9
    target 53
  ]
  edge [
    source 9
    target 60
  ]
  edge [
    source 9
    target 61
  ]
  edge [
    source 9
    target 62
  ]
  edge [
    source 9
    target 63
  ]
  edge [
    source 9
    target 64
  ]
  edge [
    source 9
    target 65
  ]
  edge [
    source 9
    target 66
  ]
  edge [
    source 9
    target 67
  ]
  edge [
    source 9
    target 68
  ]
  edge [
    source 9
    target 69
  ]
  edge [
    source 9
    target 70
  ]
  edge [
    source 9
    target 71
  ]
  edge [
    source 9
    target 72
  ]
  edge [
    source 9
    target 79
  ]
  edge [
    source 9
    target 80
  ]
  edge [
    source 9
    target 81
  ]
  edge [
    source 9
    target 82
  ]
  edge [
    source 9
    target 83
  ]
  edge [
    source 9
    target 84
  ]
  edge [
    source 9
    target 85
  ]
  edge [
    source 9
    target 86
  ]
  edge [
    source 9
    target 87
  ]
  edge [
    source 9
    target 88
  ]
  edge [
    source 9
    target 89
  ]
  edge [
    source 9
    target 90
  ]
  edge [
    source 9
    target 91
  ]
  edge [
    source 9
    target 99
  ]
  edge [
    source 9
    target 100
  ]
  edge [
    source 9
    target 101
  ]
  edge [
    source 9
    target 102
  ]
  edge [
    source 9
    target 103
  ]
  edge [
    source 10
    target 187
  ]
  edge [
    source 10
    target 186
  ]
  edge [
    source 10
    target 185
  ]
  edge [
    source 10
    target 184
  ]
  edge [
    source 10
    target 183
  ]
  edge [
    source 10
    target 182
  ]
  edge [
    source 10
    target 181
  ]
  edge [
    source 10
    target 180
  ]
  edge [
    source 10
    target 179
  ]
  edge [
    source 10
    target 178
  ]
  edge [
    source 10
    target 177
  ]
  edge [
    source 10
    target 176
  ]
  edge [
    source 10
    target 175
  ]
  edge [
    source 10
    target 168
  ]
  edge [
    source 10
    target 167
  ]
  edge [
    source 10
    target 166
  ]
  edge [
    source 10
    target 165
  ]
  edge [
    source 10
    target 164
  ]
  edge [
    source 10
    target 163
  ]
  edge [
    source 10
    target 162
  ]
  edge [
    source 10
    target 161
  ]
  edge [
    source 10
    target 160
  ]
  edge [
    source 10
    target 159
  ]
  edge [
    source 10
    target 158
  ]
  edge [
    source 10
    target 157
  ]
  edge [
    source 10
    target 156
  ]
  edge [
    source 10
    target 149
  ]
  edge [
    source 10
    target 148
  ]
  edge [
    source 10
    target 147
  ]
  edge [
    source 10
    target 146
  ]
  edge [
    source 10
    target 145
  ]
  edge [
    source 10
    target 144
  ]
  edge [
    source 10
    target 143
  ]
  edge [
    source 10
    target 142
  ]
  edge [
    source 10
    target 141
  ]
  edge [
    source 10
    target 140
  ]
  edge [
    source 10
    target 139
  ]
  edge [
    source 10
    target 138
  ]
  edge [
    source 10
    target 137
  ]
  edge [
    source 10
    target 130
  ]
  edge [
    source 10
    target 129
  ]
  edge [
    source 10
    target 128
  ]
  edge [
    source 10
    target 127
  ]
  edge [
    source 10
    target 126
  ]
  edge [
    source 10
    target 125
  ]
  edge [
    source 10
    target 124
  ]
  edge [
    source 10
    target 123
  ]
  edge [
    source 10
    target 122
  ]
  edge [
    source 10
    target 121
  ]
  edge [
    source 10
    target 120
  ]
  edge [
    source 10
    target 119
  ]
  edge [
    source 10
    target 118
  ]
  edge [
    source 10
    target 110
  ]
  edge [
    source 10
    target 109
  ]
  edge [
    source 10
    target 108
  ]
  edge [
    source 10
    target 107
  ]
  edge [
    source 10
    target 106
  ]
  edge [
    source 10
    target 105
  ]
  edge [
    source 10
    target 11
  ]
  edge [
    source 10
    target 12
  ]
  edge [
    source 10
    target 13
  ]
  edge [
    source 10
    target 14
  ]
  edge [
    source 10
    target 15
  ]
  edge [
    source 10
    target 16
  ]
  edge [
    source 10
    target 23
  ]
  edge [
    source 10
    target 24
  ]
  edge [
    source 10
    target 25
  ]
  edge [
    source 10
    target 26
  ]
  edge [
    source 10
    target 27
  ]
  edge [
    source 10
    target 28
  ]
  edge [
    source 10
    target 29
  ]
  edge [
    source 10
    target 30
  ]
  edge [
    source 10
    target 31
  ]
  edge [
    source 10
    target 32
  ]
  edge [
    source 10
    target 33
  ]
  edge [
    source 10
    target 34
  ]
  edge [
    source 10
    target 35
  ]
  edge [
    source 10
    target 42
  ]
  edge [
    source 10
    target 43
  ]
  edge [
    source 10
    target 44
  ]
  edge [
    source 10
    target 45
  ]
  edge [
    source 10
    target 46
  ]
  edge [
    source 10
    target 47
  ]
  edge [
    source 10
    target 48
  ]
  edge [
    source 10
    target 49
  ]
  edge [
    source 10
    target 50
  ]
  edge [
    source 10
    target 51
  ]
  edge [
    source 10
    target 52
  ]
  edge [
    source 10
    target 53
  ]
  edge [
    source 10
    target 54
  ]
  edge [
    source 10
    target 61
  ]
  edge [
    source 10
    target 62
  ]
  edge [
    source 10
    target 63
  ]
  edge [
    source 10
    target 64
  ]
  edge [
    source 10
    target 65
  ]
  edge [
    source 10
    target 66
  ]
  edge [
    source 10
    target 67
  ]
  edge [
    source 10
    target 68
  ]
  edge [
    source 10
    target 69
  ]
  edge [
    source 10
    target 70
  ]
  edge [
    source 10
    target 71
  ]
  edge [
    source 10
    target 72
  ]
  edge [
    source 10
    target 73
  ]
  edge [
    source 10
    target 80
  ]
  edge [
    source 10
    target 81
  ]
  edge [
    source 10
    target 82
  ]
  edge [
    source 10
    target 83
  ]
  edge [
    source 10
    target 84
  ]
  edge [
    source 10
    target 85
  ]
  edge [
    source 10
    target 86
  ]
  edge [
    source 10
    target 87
  ]
  edge [
    source 10
    target 88
  ]
  edge [
    source 10
    target 89
  ]
  edge [
    source 10
    target 90
  ]
  edge [
    source 10
    target 91
  ]
  edge [
    source 10
    target 92
  ]
  edge [
    source 10
    target 100
  ]
  edge [
    source 10
    target 101
  ]
  edge [
    source 10
    target 102
  ]
  edge [
    source 10
    target 103
  ]
  edge [
    source 10
    target 104
  ]
  edge [
    source 11
    target 188
  ]
  edge [
    source 11
    target 187
  ]
  edge [
    source 11
    target 186
  ]
  edge [
    source 11
    target 185
  ]
  edge [
    source 11
    target 184
  ]
  edge [
    source 11
    target 183
  ]
  edge [
    source 11
    target 182
  ]
  edge [
    source 11
    target 181
  ]
  edge [
    source 11
    target 180
  ]
  edge [
    source 11
    target 179
  ]
  edge [
    source 11
    target 178
  ]
  edge [
    source 11
    target 177
  ]
  edge [
    source 11
    target 176
  ]
  edge [
    source 11
    target 169
  ]
  edge [
    source 11
    target 168
  ]
  edge [
    source 11
    target 167
  ]
  edge [
    source 11
    target 166
  ]
  edge [
    source 11
    target 165
  ]
  edge [
    source 11
    target 164
  ]
  edge [
    source 11
    target 163
  ]
  edge [
    source 11
    target 162
  ]
  edge [
    source 11
    target 161
  ]
  edge [
    source 11
    target 160
  ]
  edge [
    source 11
    target 159
  ]
  edge [
    source 11
    target 158
  ]
  edge [
    source 11
    target 157
  ]
  edge [
    source 11
    target 150
  ]
  edge [
    source 11
    target 149
  ]
  edge [
    source 11
    target 148
  ]
  edge [
    source 11
    target 147
  ]
  edge [
    source 11
    target 146
  ]
  edge [
    source 11
    target 145
  ]
  edge [
    source 11
    target 144
  ]
  edge [
    source 11
    target 143
  ]
  edge [
    source 11
    target 142
  ]
  edge [
    source 11
    target 141
  ]
  edge [
    source 11
    target 140
  ]
  edge [
    source 11
    target 139
  ]
  edge [
    source 11
    target 138
  ]
  edge [
    source 11
    target 131
  ]
  edge [
    source 11
    target 130
  ]
  edge [
    source 11
    target 129
  ]
  edge [
    source 11
    target 128
  ]
  edge [
    source 11
    target 127
  ]
  edge [
    source 11
    target 126
  ]
  edge [
    source 11
    target 125
  ]
  edge [
    source 11
    target 124
  ]
  edge [
    source 11
    target 123
  ]
  edge [
    source 11
    target 122
  ]
  edge [
    source 11
    target 121
  ]
  edge [
    source 11
    target 120
  ]
  edge [
    source 11
    target 119
  ]
  edge [
    source 11
    target 111
  ]
  edge [
    source 11
    target 110
  ]
  edge [
    source 11
    target 109
  ]
  edge [
    source 11
    target 108
  ]
  edge [
    source 11
    target 107
  ]
  edge [
    source 11
    target 106
  ]
  edge [
    source 11
    target 12
  ]
  edge [
    source 11
    target 13
  ]
  edge [
    source 11
    target 14
  ]
  edge [
    source 11
    target 15
  ]
  edge [
    source 11
    target 16
  ]
  edge [
    source 11
    target 17
  ]
  edge [
    source 11
    target 24
  ]
  edge [
    source 11
    target 25
  ]
  edge [
    source 11
    target 26
  ]
  edge [
    source 11
    target 27
  ]
  edge [
    source 11
    target 28
  ]
  edge [
    source 11
    target 29
  ]
  edge [
    source 11
    target 30
  ]
  edge [
    source 11
    target 31
  ]
  edge [
    source 11
    target 32
  ]
  edge [
    source 11
    target 33
  ]
  edge [
    source 11
    target 34
  ]
  edge [
    source 11
    target 35
  ]
  edge [
    source 11
    target 36
  ]
  edge [
    source 11
    target 43
  ]
  edge [
    source 11
    target 44
  ]
  edge [
    source 11
    target 45
  ]
  edge [
    source 11
    target 46
  ]
  edge [
    source 11
    target 47
  ]
  edge [
    source 11
    target 48
  ]
  edge [
    source 11
    target 49
  ]
  edge [
    source 11
    target 50
  ]
  edge [
    source 11
    target 51
  ]
  edge [
    source 11
    target 52
  ]
  edge [
    source 11
    target 53
  ]
  edge [
    source 11
    target 54
  ]
  edge [
    source 11
    target 55
  ]
  edge [
    source 11
    target 62
  ]
  edge [
    source 11
    target 63
  ]
  edge [
    source 11
    target 64
  ]
  edge [
    source 11
    target 65
  ]
  edge [
    source 11
    target 66
  ]
  edge [
    source 11
    target 67
  ]
  edge [
    source 11
    target 68
  ]
  edge [
    source 11
    target 69
  ]
  edge [
    source 11
    target 70
  ]
  edge [
    source 11
    target 71
  ]
  edge [
    source 11
    target 72
  ]
  edge [
    source 11
    target 73
  ]
  edge [
    source 11
    target 74
  ]
  edge [
    source 11
    target 81
  ]
  edge [
    source 11
    target 82
  ]
  edge [
    source 11
    target 83
  ]
  edge [
    source 11
    target 84
  ]
  edge [
    source 11
    target 85
  ]
  edge [
    source 11
    target 86
  ]
  edge [
    source 11
    target 87
  ]
  edge [
    source 11
    target 88
  ]
  edge [
    source 11
    target 89
  ]
  edge [
    source 11
    target 90
  ]
  edge [
    source 11
    target 91
  ]
  edge [
    source 11
    target 92
  ]
  edge [
    source 11
    target 93
  ]
  edge [
    source 11
    target 101
  ]
  edge [
    source 11
    target 102
  ]
  edge [
    source 11
    target 103
  ]
  edge [
    source 11
    target 104
  ]
  edge [
    source 11
    target 105
  ]
  edge [
    source 12
    target 189
  ]
  edge [
    source 12
    target 188
  ]
  edge [
    source 12
    target 187
  ]
  edge [
    source 12
    target 186
  ]
  edge [
    source 12
    target 185
  ]
  edge [
    source 12
    target 184
  ]
  edge [
    source 12
    target 183
  ]
  edge [
    source 12
    target 182
  ]
  edge [
    source 12
    target 181
  ]
  edge [
    source 12
    target 180
  ]
  edge [
    source 12
    target 179
  ]
  edge [
    source 12
    target 178
  ]
  edge [
    source 12
    target 177
  ]
  edge [
    source 12
    target 170
  ]
  edge [
    source 12
    target 169
  ]
  edge [
    source 12
    target 168
  ]
  edge [
    source 12
    target 167
  ]
  edge [
    source 12
    target 166
  ]
  edge [
    source 12
    target 165
  ]
  edge [
    source 12
    target 164
  ]
  edge [
    source 12
    target 163
  ]
  edge [
    source 12
    target 162
  ]
  edge [
    source 12
    target 161
  ]
  edge [
    source 12
    target 160
  ]
  edge [
    source 12
    target 159
  ]
  edge [
    source 12
    target 158
  ]
  edge [
    source 12
    target 151
  ]
  edge [
    source 12
    target 150
  ]
  edge [
    source 12
    target 149
  ]
  edge [
    source 12
    target 148
  ]
  edge [
    source 12
    target 147
  ]
  edge [
    source 12
    target 146
  ]
  edge [
    source 12
    target 145
  ]
  edge [
    source 12
    target 144
  ]
  edge [
    source 12
    target 143
  ]
  edge [
    source 12
    target 142
  ]
  edge [
    source 12
    target 141
  ]
  edge [
    source 12
    target 140
  ]
  edge [
    source 12
    target 139
  ]
  edge [
    source 12
    target 132
  ]
  edge [
    source 12
    target 131
  ]
  edge [
    source 12
    target 130
  ]
  edge [
    source 12
    target 129
  ]
  edge [
    source 12
    target 128
  ]
  edge [
    source 12
    target 127
  ]
  edge [
    source 12
    target 126
  ]
  edge [
    source 12
    target 125
  ]
  edge [
    source 12
    target 124
  ]
  edge [
    source 12
    target 123
  ]
  edge [
    source 12
    target 122
  ]
  edge [
    source 12
    target 121
  ]
  edge [
    source 12
    target 120
  ]
  edge [
    source 12
    target 112
  ]
  edge [
    source 12
    target 111
  ]
  edge [
    source 12
    target 110
  ]
  edge [
    source 12
    target 109
  ]
  edge [
    source 12
    target 108
  ]
  edge [
    source 12
    target 107
  ]
  edge [
    source 12
    target 13
  ]
  edge [
    source 12
    target 14
  ]
  edge [
    source 12
    target 15
  ]
  edge [
    source 12
    target 16
  ]
  edge [
    source 12
    target 17
  ]
  edge [
    source 12
    target 18
  ]
  edge [
    source 12
    target 25
  ]
  edge [
    source 12
    target 26
  ]
  edge [
    source 12
    target 27
  ]
  edge [
    source 12
    target 28
  ]
  edge [
    source 12
    target 29
  ]
  edge [
    source 12
    target 30
  ]
  edge [
    source 12
    target 31
  ]
  edge [
    source 12
    target 32
  ]
  edge [
    source 12
    target 33
  ]
  edge [
    source 12
    target 34
  ]
  edge [
    source 12
    target 35
  ]
  edge [
    source 12
    target 36
  ]
  edge [
    source 12
    target 37
  ]
  edge [
    source 12
    target 44
  ]
  edge [
    source 12
    target 45
  ]
  edge [
    source 12
    target 46
  ]
  edge [
    source 12
    target 47
  ]
  edge [
    source 12
    target 48
  ]
  edge [
    source 12
    target 49
  ]
  edge [
    source 12
    target 50
  ]
  edge [
    source 12
    target 51
  ]
  edge [
    source 12
    target 52
  ]
  edge [
    source 12
    target 53
  ]
  edge [
    source 12
    target 54
  ]
  edge [
    source 12
    target 55
  ]
  edge [
    source 12
    target 56
  ]
  edge [
    source 12
    target 63
  ]
  edge [
    source 12
    target 64
  ]
  edge [
    source 12
    target 65
  ]
  edge [
    source 12
    target 66
  ]
  edge [
    source 12
    target 67
  ]
  edge [
    source 12
    target 68
  ]
  edge [
    source 12
    target 69
  ]
  edge [
    source 12
    target 70
  ]
  edge [
    source 12
    target 71
  ]
  edge [
    source 12
    target 72
  ]
  edge [
    source 12
    target 73
  ]
  edge [
    source 12
    target 74
  ]
  edge [
    source 12
    target 75
  ]
  edge [
    source 12
    target 82
  ]
  edge [
    source 12
    target 83
  ]
  edge [
    source 12
    target 84
  ]
  edge [
    source 12
    target 85
  ]
  edge [
    source 12
    target 86
  ]
  edge [
    source 12
    target 87
  ]
  edge [
    source 12
    target 88
  ]
  edge [
    source 12
    target 89
  ]
  edge [
    source 12
    target 90
  ]
  edge [
    source 12
    target 91
  ]
  edge [
    source 12
    target 92
  ]
  edge [
    source 12
    target 93
  ]
  edge [
    source 12
    target 94
  ]
  edge [
    source 12
    target 102
  ]
  edge [
    source 12
    target 103
  ]
  edge [
    source 12
    target 104
  ]
  edge [
    source 12
    target 105
  ]
  edge [
    source 12
    target 106
  ]
  edge [
    source 13
    target 189
  ]
  edge [
    source 13
    target 188
  ]
  edge [
    source 13
    target 187
  ]
  edge [
    source 13
    target 186
  ]
  edge [
    source 13
    target 185
  ]
  edge [
    source 13
    target 184
  ]
  edge [
    source 13
    target 183
  ]
  edge [
    source 13
    target 182
  ]
  edge [
    source 13
    target 181
  ]
  edge [
    source 13
    target 180
  ]
  edge [
    source 13
    target 179
  ]
  edge [
    source 13
    target 178
  ]
  edge [
    source 13
    target 171
  ]
  edge [
    source 13
    target 170
  ]
  edge [
    source 13
    target 169
  ]
  edge [
    source 13
    target 168
  ]
  edge [
    source 13
    target 167
  ]
  edge [
    source 13
    target 166
  ]
  edge [
    source 13
    target 165
  ]
  edge [
    source 13
    target 164
  ]
  edge [
    source 13
    target 163
  ]
  edge [
    source 13
    target 162
  ]
  edge [
    source 13
    target 161
  ]
  edge [
    source 13
    target 160
  ]
  edge [
    source 13
    target 159
  ]
  edge [
    source 13
    target 152
  ]
  edge [
    source 13
    target 151
  ]
  edge [
    source 13
    target 150
  ]
  edge [
    source 13
    target 149
  ]
  edge [
    source 13
    target 148
  ]
  edge [
    source 13
    target 147
  ]
  edge [
    source 13
    target 146
  ]
  edge [
    source 13
    target 145
  ]
  edge [
    source 13
    target 144
  ]
  edge [
    source 13
    target 143
  ]
  edge [
    source 13
    target 142
  ]
  edge [
    source 13
    target 141
  ]
  edge [
    source 13
    target 140
  ]
  edge [
    source 13
    target 133
  ]
  edge [
    source 13
    target 132
  ]
  edge [
    source 13
    target 131
  ]
  edge [
    source 13
    target 130
  ]
  edge [
    source 13
    target 129
  ]
  edge [
    source 13
    target 128
  ]
  edge [
    source 13
    target 127
  ]
  edge [
    source 13
    target 126
  ]
  edge [
    source 13
    target 125
  ]
  edge [
    source 13
    target 124
  ]
  edge [
    source 13
    target 123
  ]
  edge [
    source 13
    target 122
  ]
  edge [
    source 13
    target 121
  ]
  edge [
    source 13
    target 113
  ]
  edge [
    source 13
    target 112
  ]
  edge [
    source 13
    target 111
  ]
  edge [
    source 13
    target 110
  ]
  edge [
    source 13
    target 109
  ]
  edge [
    source 13
    target 108
  ]
  edge [
    source 13
    target 14
  ]
  edge [
    source 13
    target 15
  ]
  edge [
    source 13
    target 16
  ]
  edge [
    source 13
    target 17
  ]
  edge [
    source 13
    target 18
  ]
  edge [
    source 13
    target 19
  ]
  edge [
    source 13
    target 26
  ]
  edge [
    source 13
    target 27
  ]
  edge [
    source 13
    target 28
  ]
  edge [
    source 13
    target 29
  ]
  edge [
    source 13
    target 30
  ]
  edge [
    source 13
    target 31
  ]
  edge [
    source 13
    target 32
  ]
  edge [
    source 13
    target 33
  ]
  edge [
    source 13
    target 34
  ]
  edge [
    source 13
    target 35
  ]
  edge [
    source 13
    target 36
  ]
  edge [
    source 13
    target 37
  ]
  edge [
    source 13
    target 38
  ]
  edge [
    source 13
    target 45
  ]
  edge [
    source 13
    target 46
  ]
  edge [
    source 13
    target 47
  ]
  edge [
    source 13
    target 48
  ]
  edge [
    source 13
    target 49
  ]
  edge [
    source 13
    target 50
  ]
  edge [
    source 13
    target 51
  ]
  edge [
    source 13
    target 52
  ]
  edge [
    source 13
    target 53
  ]
  edge [
    source 13
    target 54
  ]
  edge [
    source 13
    target 55
  ]
  edge [
    source 13
    target 56
  ]
  edge [
    source 13
    target 57
  ]
  edge [
    source 13
    target 64
  ]
  edge [
    source 13
    target 65
  ]
  edge [
    source 13
    target 66
  ]
  edge [
    source 13
    target 67
  ]
  edge [
    source 13
    target 68
  ]
  edge [
    source 13
    target 69
  ]
  edge [
    source 13
    target 70
  ]
  edge [
    source 13
    target 71
  ]
  edge [
    source 13
    target 72
  ]
  edge [
    source 13
    target 73
  ]
  edge [
    source 13
    target 74
  ]
  edge [
    source 13
    target 75
  ]
  edge [
    source 13
    target 76
  ]
  edge [
    source 13
    target 83
  ]
  edge [
    source 13
    target 84
  ]
  edge [
    source 13
    target 85
  ]
  edge [
    source 13
    target 86
  ]
  edge [
    source 13
    target 87
  ]
  edge [
    source 13
    target 88
  ]
  edge [
    source 13
    target 89
  ]
  edge [
    source 13
    target 90
  ]
  edge [
    source 13
    target 91
  ]
  edge [
    source 13
    target 92
  ]
  edge [
    source 13
    target 93
  ]
  edge [
    source 13
    target 94
  ]
  edge [
    source 13
    target 95
  ]
  edge [
    source 13
    target 103
  ]
  edge [
    source 13
    target 104
  ]
  edge [
    source 13
    target 105
  ]
  edge [
    source 13
    target 106
  ]
  edge [
    source 13
    target 107
  ]
  edge [
    source 14
    target 189
  ]
  edge [
    source 14
    target 188
  ]
  edge [
    source 14
    target 187
  ]
  edge [
    source 14
    target 186
  ]
  edge [
    source 14
    target 185
  ]
  edge [
    source 14
    target 184
  ]
  edge [
    source 14
    target 183
  ]
  edge [
    source 14
    target 182
  ]
  edge [
    source 14
    target 181
  ]
  edge [
    source 14
    target 180
  ]
  edge [
    source 14
    target 179
  ]
  edge [
    source 14
    target 172
  ]
  edge [
    source 14
    target 171
  ]
  edge [
    source 14
    target 170
  ]
  edge [
    source 14
    target 169
  ]
  edge [
    source 14
    target 168
  ]
  edge [
    source 14
    target 167
  ]
  edge [
    source 14
    target 166
  ]
  edge [
    source 14
    target 165
  ]
  edge [
    source 14
    target 164
  ]
  edge [
    source 14
    target 163
  ]
  edge [
    source 14
    target 162
  ]
  edge [
    source 14
    target 161
  ]
  edge [
    source 14
    target 160
  ]
  edge [
    source 14
    target 153
  ]
  edge [
    source 14
    target 152
  ]
  edge [
    source 14
    target 151
  ]
  edge [
    source 14
    target 150
  ]
  edge [
    source 14
    target 149
  ]
  edge [
    source 14
    target 148
  ]
  edge [
    source 14
    target 147
  ]
  edge [
    source 14
    target 146
  ]
  edge [
    source 14
    target 145
  ]
  edge [
    source 14
    target 144
  ]
  edge [
    source 14
    target 143
  ]
  edge [
    source 14
    target 142
  ]
  edge [
    source 14
    target 141
  ]
  edge [
    source 14
    target 134
  ]
  edge [
    source 14
    target 133
  ]
  edge [
    source 14
    target 132
  ]
  edge [
    source 14
    target 131
  ]
  edge [
    source 14
    target 130
  ]
  edge [
    source 14
    target 129
  ]
  edge [
    source 14
    target 128
  ]
  edge [
    source 14
    target 127
  ]
  edge [
    source 14
    target 126
  ]
  edge [
    source 14
    target 125
  ]
  edge [
    source 14
    target 124
  ]
  edge [
    source 14
    target 123
  ]
  edge [
    source 14
    target 122
  ]
  edge [
    source 14
    target 114
  ]
  edge [
    source 14
    target 113
  ]
  edge [
    source 14
    target 112
  ]
  edge [
    source 14
    target 111
  ]
  edge [
    source 14
    target 110
  ]
  edge [
    source 14
    target 109
  ]
  edge [
    source 14
    target 15
  ]
  edge [
    source 14
    target 16
  ]
  edge [
    source 14
    target 17
  ]
  edge [
    source 14
    target 18
  ]
  edge [
    source 14
    target 19
  ]
  edge [
    source 14
    target 20
  ]
  edge [
    source 14
    target 27
  ]
  edge [
    source 14
    target 28
  ]
  edge [
    source 14
    target 29
  ]
  edge [
    source 14
    target 30
  ]
  edge [
    source 14
    target 31
  ]
  edge [
    source 14
    target 32
  ]
  edge [
    source 14
    target 33
  ]
  edge [
    source 14
    target 34
  ]
  edge [
    source 14
    target 35
  ]
  edge [
    source 14
    target 36
  ]
  edge [
    source 14
    target 37
  ]
  edge [
    source 14
    target 38
  ]
  edge [
    source 14
    target 39
  ]
  edge [
    source 14
    target 46
  ]
  edge [
    source 14
    target 47
  ]
  edge [
    source 14
    target 48
  ]
  edge [
    source 14
    target 49
  ]
  edge [
    source 14
    target 50
  ]
  edge [
    source 14
    target 51
  ]
  edge [
    source 14
    target 52
  ]
  edge [
    source 14
    target 53
  ]
  edge [
    source 14
    target 54
  ]
  edge [
    source 14
    target 55
  ]
  edge [
    source 14
    target 56
  ]
  edge [
    source 14
    target 57
  ]
  edge [
    source 14
    target 58
  ]
  edge [
    source 14
    target 65
  ]
  edge [
    source 14
    target 66
  ]
  edge [
    source 14
    target 67
  ]
  edge [
    source 14
    target 68
  ]
  edge [
    source 14
    target 69
  ]
  edge [
    source 14
    target 70
  ]
  edge [
    source 14
    target 71
  ]
  edge [
    source 14
    target 72
  ]
  edge [
    source 14
    target 73
  ]
  edge [
    source 14
    target 74
  ]
  edge [
    source 14
    target 75
  ]
  edge [
    source 14
    target 76
  ]
  edge [
    source 14
    target 77
  ]
  edge [
    source 14
    target 84
  ]
  edge [
    source 14
    target 85
  ]
  edge [
    source 14
    target 86
  ]
  edge [
    source 14
    target 87
  ]
  edge [
    source 14
    target 88
  ]
  edge [
    source 14
    target 89
  ]
  edge [
    source 14
    target 90
  ]
  edge [
    source 14
    target 91
  ]
  edge [
    source 14
    target 92
  ]
  edge [
    source 14
    target 93
  ]
  edge [
    source 14
    target 94
  ]
  edge [
    source 14
    target 95
  ]
  edge [
    source 14
    target 96
  ]
  edge [
    source 14
    target 104
  ]
  edge [
    source 14
    target 105
  ]
  edge [
    source 14
    target 106
  ]
  edge [
    source 14
    target 107
  ]
  edge [
    source 14
    target 108
  ]
  edge [
    source 15
    target 189
  ]
  edge [
    source 15
    target 188
  ]
  edge [
    source 15
    target 187
  ]
  edge [
    source 15
    target 186
  ]
  edge [
    source 15
    target 185
  ]
  edge [
    source 15
    target 184
  ]
  edge [
    source 15
    target 183
  ]
  edge [
    source 15
    target 182
  ]
  edge [
    source 15
    target 181
  ]
  edge [
    source 15
    target 180
  ]
  edge [
    source 15
    target 173
  ]
  edge [
    source 15
    target 172
  ]
  edge [
    source 15
    target 171
  ]
  edge [
    source 15
    target 170
  ]
  edge [
    source 15
    target 169
  ]
  edge [
    source 15
    target 168
  ]
  edge [
    source 15
    target 167
  ]
  edge [
    source 15
    target 166
  ]
  edge [
    source 15
    target 165
  ]
  edge [
    source 15
    target 164
  ]
  edge [
    source 15
    target 163
  ]
  edge [
    source 15
    target 162
  ]
  edge [
    source 15
    target 161
  ]
  edge [
    source 15
    target 154
  ]
  edge [
    source 15
    target 153
  ]
  edge [
    source 15
    target 152
  ]
  edge [
    source 15
    target 151
  ]
  edge [
    source 15
    target 150
  ]
  edge [
    source 15
    target 149
  ]
  edge [
    source 15
    target 148
  ]
  edge [
    source 15
    target 147
  ]
  edge [
    source 15
    target 146
  ]
  edge [
    source 15
    target 145
  ]
  edge [
    source 15
    target 144
  ]
  edge [
    source 15
    target 143
  ]
  edge [
    source 15
    target 142
  ]
  edge [
    source 15
    target 135
  ]
  edge [
    source 15
    target 134
  ]
  edge [
    source 15
    target 133
  ]
  edge [
    source 15
    target 132
  ]
  edge [
    source 15
    target 131
  ]
  edge [
    source 15
    target 130
  ]
  edge [
    source 15
    target 129
  ]
  edge [
    source 15
    target 128
  ]
  edge [
    source 15
    target 127
  ]
  edge [
    source 15
    target 126
  ]
  edge [
    source 15
    target 125
  ]
  edge [
    source 15
    target 124
  ]
  edge [
    source 15
    target 123
  ]
  edge [
    source 15
    target 115
  ]
  edge [
    source 15
    target 114
  ]
  edge [
    source 15
    target 113
  ]
  edge [
    source 15
    target 112
  ]
  edge [
    source 15
    target 111
  ]
  edge [
    source 15
    target 110
  ]
  edge [
    source 15
    target 16
  ]
  edge [
    source 15
    target 17
  ]
  edge [
    source 15
    target 18
  ]
  edge [
    source 15
    target 19
  ]
  edge [
    source 15
    target 20
  ]
  edge [
    source 15
    target 21
  ]
  edge [
    source 15
    target 28
  ]
  edge [
    source 15
    target 29
  ]
  edge [
    source 15
    target 30
  ]
  edge [
    source 15
    target 31
  ]
  edge [
    source 15
    target 32
  ]
  edge [
    source 15
    target 33
  ]
  edge [
    source 15
    target 34
  ]
  edge [
    source 15
    target 35
  ]
  edge [
    source 15
    target 36
  ]
  edge [
    source 15
    target 37
  ]
  edge [
    source 15
    target 38
  ]
  edge [
    source 15
    target 39
  ]
  edge [
    source 15
    target 40
  ]
  edge [
    source 15
    target 47
  ]
  edge [
    source 15
    target 48
  ]
  edge [
    source 15
    target 49
  ]
  edge [
    source 15
    target 50
  ]
  edge [
    source 15
    target 51
  ]
  edge [
    source 15
    target 52
  ]
  edge [
    source 15
    target 53
  ]
  edge [
    source 15
    target 54
  ]
  edge [
    source 15
    target 55
  ]
  edge [
    source 15
    target 56
  ]
  edge [
    source 15
    target 57
  ]
  edge [
    source 15
    target 58
  ]
  edge [
    source 15
    target 59
  ]
  edge [
    source 15
    target 66
  ]
  edge [
    source 15
    target 67
  ]
  edge [
    source 15
    target 68
  ]
  edge [
    source 15
    target 69
  ]
  edge [
    source 15
    target 70
  ]
  edge [
    source 15
    target 71
  ]
  edge [
    source 15
    target 72
  ]
  edge [
    source 15
    target 73
  ]
  edge [
    source 15
    target 74
  ]
  edge [
    source 15
    target 75
  ]
  edge [
    source 15
    target 76
  ]
  edge [
    source 15
    target 77
  ]
  edge [
    source 15
    target 78
  ]
  edge [
    source 15
    target 85
  ]
  edge [
    source 15
    target 86
  ]
  edge [
    source 15
    target 87
  ]
  edge [
    source 15
    target 88
  ]
  edge [
    source 15
    target 89
  ]
  edge [
    source 15
    target 90
  ]
  edge [
    source 15
    target 91
  ]
  edge [
    source 15
    target 92
  ]
  edge [
    source 15
    target 93
  ]
  edge [
    source 15
    target 94
  ]
  edge [
    source 15
    target 95
  ]
  edge [
    source 15
    target 96
  ]
  edge [
    source 15
    target 97
  ]
  edge [
    source 15
    target 105
  ]
  edge [
    source 15
    target 106
  ]
  edge [
    source 15
    target 107
  ]
  edge [
    source 15
    target 108
  ]
  edge [
    source 15
    target 109
  ]
  edge [
    source 16
    target 189
  ]
  edge [
    source 16
    target 188
  ]
  edge [
    source 16
    target 187
  ]
  edge [
    source 16
    target 186
  ]
  edge [
    source 16
    target 185
  ]
  edge [
    source 16
    target 184
  ]
  edge [
    source 16
    target 183
  ]
  edge [
    source 16
    target 182
  ]
  edge [
    source 16
    target 181
  ]
  edge [
    source 16
    target 174
  ]
  edge [
    source 16
    target 173
  ]
  edge [
    source 16
    target 172
  ]
  edge [
    source 16
    target 171
  ]
  edge [
    source 16
    target 170
  ]
  edge [
    source 16
    target 169
  ]
  edge [
    source 16
    target 168
  ]
  edge [
    source 16
    target 167
  ]
  edge [
    source 16
    target 166
  ]
  edge [
    source 16
    target 165
  ]
  edge [
    source 16
    target 164
  ]
  edge [
    source 16
    target 163
  ]
  edge [
    source 16
    target 162
  ]
  edge [
    source 16
    target 155
  ]
  edge [
    source 16
    target 154
  ]
  edge [
    source 16
    target 153
  ]
  edge [
    source 16
    target 152
  ]
  edge [
    source 16
    target 151
  ]
  edge [
    source 16
    target 150
  ]
  edge [
    source 16
    target 149
  ]
  edge [
    source 16
    target 148
  ]
  edge [
    source 16
    target 147
  ]
  edge [
    source 16
    target 146
  ]
  edge [
    source 16
    target 145
  ]
  edge [
    source 16
    target 144
  ]
  edge [
    source 16
    target 143
  ]
  edge [
    source 16
    target 136
  ]
  edge [
    source 16
    target 135
  ]
  edge [
    source 16
    target 134
  ]
  edge [
    source 16
    target 133
  ]
  edge [
    source 16
    target 132
  ]
  edge [
    source 16
    target 131
  ]
  edge [
    source 16
    target 130
  ]
  edge [
    source 16
    target 129
  ]
  edge [
    source 16
    target 128
  ]
  edge [
    source 16
    target 127
  ]
  edge [
    source 16
    target 126
  ]
  edge [
    source 16
    target 125
  ]
  edge [
    source 16
    target 124
  ]
  edge [
    source 16
    target 116
  ]
  edge [
    source 16
    target 115
  ]
  edge [
    source 16
    target 114
  ]
  edge [
    source 16
    target 113
  ]
  edge [
    source 16
    target 112
  ]
  edge [
    source 16
    target 111
  ]
  edge [
    source 16
    target 17
  ]
  edge [
    source 16
    target 18
  ]
  edge [
    source 16
    target 19
  ]
  edge [
    source 16
    target 20
  ]
  edge [
    source 16
    target 21
  ]
  edge [
    source 16
    target 22
  ]
  edge [
    source 16
    target 29
  ]
  edge [
    source 16
    target 30
  ]
  edge [
    source 16
    target 31
  ]
  edge [
    source 16
    target 32
  ]
  edge [
    source 16
    target 33
  ]
  edge [
    source 16
    target 34
  ]
  edge [
    source 16
    target 35
  ]
  edge [
    source 16
    target 36
  ]
  edge [
    source 16
    target 37
  ]
  edge [
    source 16
    target 38
  ]
  edge [
    source 16
    target 39
  ]
  edge [
    source 16
    target 40
  ]
  edge [
    source 16
    target 41
  ]
  edge [
    source 16
    target 48
  ]
  edge [
    source 16
    target 49
  ]
  edge [
    source 16
    target 50
  ]
  edge [
    source 16
    target 51
  ]
  edge [
    source 16
    target 52
  ]
  edge [
    source 16
    target 53
  ]
  edge [
    source 16
    target 54
  ]
  edge [
    source 16
    target 55
  ]
  edge [
    source 16
    target 56
  ]
  edge [
    source 16
    target 57
  ]
  edge [
    source 16
    target 58
  ]
  edge [
    source 16
    target 59
  ]
  edge [
    source 16
    target 60
  ]
  edge [
    source 16
    target 67
  ]
  edge [
    source 16
    target 68
  ]
  edge [
    source 16
    target 69
  ]
  edge [
    source 16
    target 70
  ]
  edge [
    source 16
    target 71
  ]
  edge [
    source 16
    target 72
  ]
  edge [
    source 16
    target 73
  ]
  edge [
    source 16
    target 74
  ]
  edge [
    source 16
    target 75
  ]
  edge [
    source 16
    target 76
  ]
  edge [
    source 16
    target 77
  ]
  edge [
    source 16
    target 78
  ]
  edge [
    source 16
    target 79
  ]
  edge [
    source 16
    target 86
  ]
  edge [
    source 16
    target 87
  ]
  edge [
    source 16
    target 88
  ]
  edge [
    source 16
    target 89
  ]
  edge [
    source 16
    target 90
  ]
  edge [
    source 16
    target 91
  ]
  edge [
    source 16
    target 92
  ]
  edge [
    source 16
    target 93
  ]
  edge [
    source 16
    target 94
  ]
  edge [
    source 16
    target 95
  ]
  edge [
    source 16
    target 96
  ]
  edge [
    source 16
    target 97
  ]
  edge [
    source 16
    target 98
  ]
  edge [
    source 16
    target 106
  ]
  edge [
    source 16
    target 107
  ]
  edge [
    source 16
    target 108
  ]
  edge [
    source 16
    target 109
  ]
  edge [
    source 16
    target 110
  ]
  edge [
    source 17
    target 189
  ]
  edge [
    source 17
    target 188
  ]
  edge [
    source 17
    target 187
  ]
  edge [
    source 17
    target 186
  ]
  edge [
    source 17
    target 185
  ]
  edge [
    source 17
    target 184
  ]
  edge [
    source 17
    target 183
  ]
  edge [
    source 17
    target 182
  ]
  edge [
    source 17
    target 175
  ]
  edge [
    source 17
    target 174
  ]
  edge [
    source 17
    target 173
  ]
  edge [
    source 17
    target 172
  ]
  edge [
    source 17
    target 171
  ]
  edge [
    source 17
    target 170
  ]
  edge [
    source 17
    target 169
  ]
  edge [
    source 17
    target 168
  ]
  edge [
    source 17
    target 167
  ]
  edge [
    source 17
    target 166
  ]
  edge [
    source 17
    target 165
  ]
  edge [
    source 17
    target 164
  ]
  edge [
    source 17
    target 163
  ]
  edge [
    source 17
    target 156
  ]
  edge [
    source 17
    target 155
  ]
  edge [
    source 17
    target 154
  ]
  edge [
    source 17
    target 153
  ]
  edge [
    source 17
    target 152
  ]
  edge [
    source 17
    target 151
  ]
  edge [
    source 17
    target 150
  ]
  edge [
    source 17
    target 149
  ]
  edge [
    source 17
    target 148
  ]
  edge [
    source 17
    target 147
  ]
  edge [
    source 17
    target 146
  ]
  edge [
    source 17
    target 145
  ]
  edge [
    source 17
    target 144
  ]
  edge [
    source 17
    target 137
  ]
  edge [
    source 17
    target 136
  ]
  edge [
    source 17
    target 135
  ]
  edge [
    source 17
    target 134
  ]
  edge [
    source 17
    target 133
  ]
  edge [
    source 17
    target 132
  ]
  edge [
    source 17
    target 131
  ]
  edge [
    source 17
    target 130
  ]
  edge [
    source 17
    target 129
  ]
  edge [
    source 17
    target 128
  ]
  edge [
    source 17
    target 127
  ]
  edge [
    source 17
    target 126
  ]
  edge [
    source 17
    target 125
  ]
  edge [
    source 17
    target 117
  ]
  edge [
    source 17
    target 116
  ]
  edge [
    source 17
    target 115
  ]
  edge [
    source 17
    target 114
  ]
  edge [
    source 17
    target 113
  ]
  edge [
    source 17
    target 112
  ]
  edge [
    source 17
    target 18
  ]
  edge [
    source 17
    target 19
  ]
  edge [
    source 17
    target 20
  ]
  edge [
    source 17
    target 21
  ]
  edge [
    source 17
    target 22
  ]
  edge [
    source 17
    target 23
  ]
  edge [
    source 17
    target 30
  ]
  edge [
    source 17
    target 31
  ]
  edge [
    source 17
    target 32
  ]
  edge [
    source 17
    target 33
  ]
  edge [
    source 17
    target 34
  ]
  edge [
    source 17
    target 35
  ]
  edge [
    source 17
    target 36
  ]
  edge [
    source 17
    target 37
  ]
  edge [
    source 17
    target 38
  ]
  edge [
    source 17
    target 39
  ]
  edge [
    source 17
    target 40
  ]
  edge [
    source 17
    target 41
  ]
  edge [
    source 17
    target 42
  ]
  edge [
    source 17
    target 49
  ]
  edge [
    source 17
    target 50
  ]
  edge [
    source 17
    target 51
  ]
  edge [
    source 17
    target 52
  ]
  edge [
    source 17
    target 53
  ]
  edge [
    source 17
    target 54
  ]
  edge [
    source 17
    target 55
  ]
  edge [
    source 17
    target 56
  ]
  edge [
    source 17
    target 57
  ]
  edge [
    source 17
    target 58
  ]
  edge [
    source 17
    target 59
  ]
  edge [
    source 17
    target 60
  ]
  edge [
    source 17
    target 61
  ]
  edge [
    source 17
    target 68
  ]
  edge [
    source 17
    target 69
  ]
  edge [
    source 17
    target 70
  ]
  edge [
    source 17
    target 71
  ]
  edge [
    source 17
    target 72
  ]
  edge [
    source 17
    target 73
  ]
  edge [
    source 17
    target 74
  ]
  edge [
    source 17
    target 75
  ]
  edge [
    source 17
    target 76
  ]
  edge [
    source 17
    target 77
  ]
  edge [
    source 17
    target 78
  ]
  edge [
    source 17
    target 79
  ]
  edge [
    source 17
    target 80
  ]
  edge [
    source 17
    target 87
  ]
  edge [
    source 17
    target 88
  ]
  edge [
    source 17
    target 89
  ]
  edge [
    source 17
    target 90
  ]
  edge [
    source 17
    target 91
  ]
  edge [
    source 17
    target 92
  ]
  edge [
    source 17
    target 93
  ]
  edge [
    source 17
    target 94
  ]
  edge [
    source 17
    target 95
  ]
  edge [
    source 17
    target 96
  ]
  edge [
    source 17
    target 97
  ]
  edge [
    source 17
    target 98
  ]
  edge [
    source 17
    target 99
  ]
  edge [
    source 17
    target 107
  ]
  edge [
    source 17
    target 108
  ]
  edge [
    source 17
    target 109
  ]
  edge [
    source 17
    target 110
  ]
  edge [
    source 17
    target 111
  ]
  edge [
    source 18
    target 189
  ]
  edge [
    source 18
    target 188
  ]
  edge [
    source 18
    target 187
  ]
  edge [
    source 18
    target 186
  ]
  edge [
    source 18
    target 185
  ]
  edge [
    source 18
    target 184
  ]
  edge [
    source 18
    target 183
  ]
  edge [
    source 18
    target 176
  ]
  edge [
    source 18
    target 175
  ]
  edge [
    source 18
    target 174
  ]
  edge [
    source 18
    target 173
  ]
  edge [
    source 18
    target 172
  ]
  edge [
    source 18
    target 171
  ]
  edge [
    source 18
    target 170
  ]
  edge [
    source 18
    target 169
  ]
  edge [
    source 18
    target 168
  ]
  edge [
    source 18
    target 167
  ]
  edge [
    source 18
    target 166
  ]
  edge [
    source 18
    target 165
  ]
  edge [
    source 18
    target 164
  ]
  edge [
    source 18
    target 157
  ]
  edge [
    source 18
    target 156
  ]
  edge [
    source 18
    target 155
  ]
  edge [
    source 18
    target 154
  ]
  edge [
    source 18
    target 153
  ]
  edge [
    source 18
    target 152
  ]
  edge [
    source 18
    target 151
  ]
  edge [
    source 18
    target 150
  ]
  edge [
    source 18
    target 149
  ]
  edge [
    source 18
    target 148
  ]
  edge [
    source 18
    target 147
  ]
  edge [
    source 18
    target 146
  ]
  edge [
    source 18
    target 145
  ]
  edge [
    source 18
    target 138
  ]
  edge [
    source 18
    target 137
  ]
  edge [
    source 18
    target 136
  ]
  edge [
    source 18
    target 135
  ]
  edge [
    source 18
    target 134
  ]
  edge [
    source 18
    target 133
  ]
  edge [
    source 18
    target 132
  ]
  edge [
    source 18
    target 131
  ]
  edge [
    source 18
    target 130
  ]
  edge [
    source 18
    target 129
  ]
  edge [
    source 18
    target 128
  ]
  edge [
    source 18
    target 127
  ]
  edge [
    source 18
    target 126
  ]
  edge [
    source 18
    target 118
  ]
  edge [
    source 18
    target 117
  ]
  edge [
    source 18
    target 116
  ]
  edge [
    source 18
    target 115
  ]
  edge [
    source 18
    target 114
  ]
  edge [
    source 18
    target 113
  ]
  edge [
    source 18
    target 19
  ]
  edge [
    source 18
    target 20
  ]
  edge [
    source 18
    target 21
  ]
  edge [
    source 18
    target 22
  ]
  edge [
    source 18
    target 23
  ]
  edge [
    source 18
    target 24
  ]
  edge [
    source 18
    target 31
  ]
  edge [
    source 18
    target 32
  ]
  edge [
    source 18
    target 33
  ]
  edge [
    source 18
    target 34
  ]
  edge [
    source 18
    target 35
  ]
  edge [
    source 18
    target 36
  ]
  edge [
    source 18
    target 37
  ]
  edge [
    source 18
    target 38
  ]
  edge [
    source 18
    target 39
  ]
  edge [
    source 18
    target 40
  ]
  edge [
    source 18
    target 41
  ]
  edge [
    source 18
    target 42
  ]
  edge [
    source 18
    target 43
  ]
  edge [
    source 18
    target 50
  ]
  edge [
    source 18
    target 51
  ]
  edge [
    source 18
    target 52
  ]
  edge [
    source 18
    target 53
  ]
  edge [
    source 18
    target 54
  ]
  edge [
    source 18
    target 55
  ]
  edge [
    source 18
    target 56
  ]
  edge [
    source 18
    target 57
  ]
  edge [
    source 18
    target 58
  ]
  edge [
    source 18
    target 59
  ]
  edge [
    source 18
    target 60
  ]
  edge [
    source 18
    target 61
  ]
  edge [
    source 18
    target 62
  ]
  edge [
    source 18
    target 69
  ]
  edge [
    source 18
    target 70
  ]
  edge [
    source 18
    target 71
  ]
  edge [
    source 18
    target 72
  ]
  edge [
    source 18
    target 73
  ]
  edge [
    source 18
    target 74
  ]
  edge [
    source 18
    target 75
  ]
  edge [
    source 18
    target 76
  ]
  edge [
    source 18
    target 77
  ]
  edge [
    source 18
    target 78
  ]
  edge [
    source 18
    target 79
  ]
  edge [
    source 18
    target 80
  ]
  edge [
    source 18
    target 81
  ]
  edge [
    source 18
    target 88
  ]
  edge [
    source 18
    target 89
  ]
  edge [
    source 18
    target 90
  ]
  edge [
    source 18
    target 91
  ]
  edge [
    source 18
    target 92
  ]
  edge [
    source 18
    target 93
  ]
  edge [
    source 18
    target 94
  ]
  edge [
    source 18
    target 95
  ]
  edge [
    source 18
    target 96
  ]
  edge [
    source 18
    target 97
  ]
  edge [
    source 18
    target 98
  ]
  edge [
    source 18
    target 99
  ]
  edge [
    source 18
    target 100
  ]
  edge [
    source 18
    target 108
  ]
  edge [
    source 18
    target 109
  ]
  edge [
    source 18
    target 110
  ]
  edge [
    source 18
    target 111
  ]
  edge [
    source 18
    target 112
  ]
  edge [
    source 19
    target 189
  ]
  edge [
    source 19
    target 188
  ]
  edge [
    source 19
    target 187
  ]
  edge [
    source 19
    target 186
  ]
  edge [
    source 19
    target 185
  ]
  edge [
    source 19
    target 184
  ]
  edge [
    source 19
    target 177
  ]
  edge [
    source 19
    target 176
  ]
  edge [
    source 19
    target 175
  ]
  edge [
    source 19
    target 174
  ]
  edge [
    source 19
    target 173
  ]
  edge [
    source 19
    target 172
  ]
  edge [
    source 19
    target 171
  ]
  edge [
    source 19
    target 170
  ]
  edge [
    source 19
    target 169
  ]
  edge [
    source 19
    target 168
  ]
  edge [
    source 19
    target 167
  ]
  edge [
    source 19
    target 166
  ]
  edge [
    source 19
    target 165
  ]
  edge [
    source 19
    target 158
  ]
  edge [
    source 19
    target 157
  ]
  edge [
    source 19
    target 156
  ]
  edge [
    source 19
    target 155
  ]
  edge [
    source 19
    target 154
  ]
  edge [
    source 19
    target 153
  ]
  edge [
    source 19
    target 152
  ]
  edge [
    source 19
    target 151
  ]
  edge [
    source 19
    target 150
  ]
  edge [
    source 19
    target 149
  ]
  edge [
    source 19
    target 148
  ]
  edge [
    source 19
    target 147
  ]
  edge [
    source 19
    target 146
  ]
  edge [
    source 19
    target 139
  ]
  edge [
    source 19
    target 138
  ]
  edge [
    source 19
    target 137
  ]
  edge [
    source 19
    target 136
  ]
  edge [
    source 19
    target 135
  ]
  edge [
    source 19
    target 134
  ]
  edge [
    source 19
    target 133
  ]
  edge [
    source 19
    target 132
  ]
  edge [
    source 19
    target 131
  ]
  edge [
    source 19
    target 130
  ]
  edge [
    source 19
    target 129
  ]
  edge [
    source 19
    target 128
  ]
  edge [
    source 19
    target 127
  ]
  edge [
    source 19
    target 119
  ]
  edge [
    source 19
    target 118
  ]
  edge [
    source 19
    target 117
  ]
  edge [
    source 19
    target 116
  ]
  edge [
    source 19
    target 115
  ]
  edge [
    source 19
    target 114
  ]
  edge [
    source 19
    target 20
  ]
  edge [
    source 19
    target 21
  ]
  edge [
    source 19
    target 22
  ]
  edge [
    source 19
    target 23
  ]
  edge [
    source 19
    target 24
  ]
  edge [
    source 19
    target 25
  ]
  edge [
    source 19
    target 32
  ]
  edge [
    source 19
    target 33
  ]
  edge [
    source 19
    target 34
  ]
  edge [
    source 19
    target 35
  ]
  edge [
    source 19
    target 36
  ]
  edge [
    source 19
    target 37
  ]
  edge [
    source 19
    target 38
  ]
  edge [
    source 19
    target 39
  ]
  edge [
    source 19
    target 40
  ]
  edge [
    source 19
    target 41
  ]
  edge [
    source 19
    target 42
  ]
  edge [
    source 19
    target 43
  ]
  edge [
    source 19
    target 44
  ]
  edge [
    source 19
    target 51
  ]
  edge [
    source 19
    target 52
  ]
  edge [
    source 19
    target 53
  ]
  edge [
    source 19
    target 54
  ]
  edge [
    source 19
    target 55
  ]
  edge [
    source 19
    target 56
  ]
  edge [
    source 19
    target 57
  ]
  edge [
    source 19
    target 58
  ]
  edge [
    source 19
    target 59
  ]
  edge [
    source 19
    target 60
  ]
  edge [
    source 19
    target 61
  ]
  edge [
    source 19
    target 62
  ]
  edge [
    source 19
    target 63
  ]
  edge [
    source 19
    target 70
  ]
  edge [
    source 19
    target 71
  ]
  edge [
    source 19
    target 72
  ]
  edge [
    source 19
    target 73
  ]
  edge [
    source 19
    target 74
  ]
  edge [
    source 19
    target 75
  ]
  edge [
    source 19
    target 76
  ]
  edge [
    source 19
    target 77
  ]
  edge [
    source 19
    target 78
  ]
  edge [
    source 19
    target 79
  ]
  edge [
    source 19
    target 80
  ]
  edge [
    source 19
    target 81
  ]
  edge [
    source 19
    target 82
  ]
  edge [
    source 19
    target 89
  ]
  edge [
    source 19
    target 90
  ]
  edge [
    source 19
    target 91
  ]
  edge [
    source 19
    target 92
  ]
  edge [
    source 19
    target 93
  ]
  edge [
    source 19
    target 94
  ]
  edge [
    source 19
    target 95
  ]
  edge [
    source 19
    target 96
  ]
  edge [
    source 19
    target 97
  ]
  edge [
    source 19
    target 98
  ]
  edge [
    source 19
    target 99
  ]
  edge [
    source 19
    target 100
  ]
  edge [
    source 19
    target 101
  ]
  edge [
    source 19
    target 109
  ]
  edge [
    source 19
    target 110
  ]
  edge [
    source 19
    target 111
  ]
  edge [
    source 19
    target 112
  ]
  edge [
    source 19
    target 113
  ]
  edge [
    source 20
    target 189
  ]
  edge [
    source 20
    target 188
  ]
  edge [
    source 20
    target 187
  ]
  edge [
    source 20
    target 186
  ]
  edge [
    source 20
    target 185
  ]
  edge [
    source 20
    target 178
  ]
  edge [
    source 20
    target 177
  ]
  edge [
    source 20
    target 176
  ]
  edge [
    source 20
    target 175
  ]
  edge [
    source 20
    target 174
  ]
  edge [
    source 20
    target 173
  ]
  edge [
    source 20
    target 172
  ]
  edge [
    source 20
    target 171
  ]
  edge [
    source 20
    target 170
  ]
  edge [
    source 20
    target 169
  ]
  edge [
    source 20
    target 168
  ]
  edge [
    source 20
    target 167
  ]
  edge [
    source 20
    target 166
  ]
  edge [
    source 20
    target 159
  ]
  edge [
    source 20
    target 158
  ]
  edge [
    source 20
    target 157
  ]
  edge [
    source 20
    target 156
  ]
  edge [
    source 20
    target 155
  ]
  edge [
    source 20
    target 154
  ]
  edge [
    source 20
    target 153
  ]
  edge [
    source 20
    target 152
  ]
  edge [
    source 20
    target 151
  ]
  edge [
    source 20
    target 150
  ]
  edge [
    source 20
    target 149
  ]
  edge [
    source 20
    target 148
  ]
  edge [
    source 20
    target 147
  ]
  edge [
    source 20
    target 140
  ]
  edge [
    source 20
    target 139
  ]
  edge [
    source 20
    target 138
  ]
  edge [
    source 20
    target 137
  ]
  edge [
    source 20
    target 136
  ]
  edge [
    source 20
    target 135
  ]
  edge [
    source 20
    target 134
  ]
  edge [
    source 20
    target 133
  ]
  edge [
    source 20
    target 132
  ]
  edge [
    source 20
    target 131
  ]
  edge [
    source 20
    target 130
  ]
  edge [
    source 20
    target 129
  ]
  edge [
    source 20
    target 128
  ]
  edge [
    source 20
    target 120
  ]
  edge [
    source 20
    target 119
  ]
  edge [
    source 20
    target 118
  ]
  edge [
    source 20
    target 117
  ]
  edge [
    source 20
    target 116
  ]
  edge [
    source 20
    target 115
  ]
  edge [
    source 20
    target 21
  ]
  edge [
    source 20
    target 22
  ]
  edge [
    source 20
    target 23
  ]
  edge [
    source 20
    target 24
  ]
  edge [
    source 20
    target 25
  ]
  edge [
    source 20
    target 26
  ]
  edge [
    source 20
    target 33
  ]
  edge [
    source 20
    target 34
  ]
  edge [
    source 20
    target 35
  ]
  edge [
    source 20
    target 36
  ]
  edge [
    source 20
    target 37
  ]
  edge [
    source 20
    target 38
  ]
  edge [
    source 20
    target 39
  ]
  edge [
    source 20
    target 40
  ]
  edge [
    source 20
    target 41
  ]
  edge [
    source 20
    target 42
  ]
  edge [
    source 20
    target 43
  ]
  edge [
    source 20
    target 44
  ]
  edge [
    source 20
    target 45
  ]
  edge [
    source 20
    target 52
  ]
  edge [
    source 20
    target 53
  ]
  edge [
    source 20
    target 54
  ]
  edge [
    source 20
    target 55
  ]
  edge [
    source 20
    target 56
  ]
  edge [
    source 20
    target 57
  ]
  edge [
    source 20
    target 58
  ]
  edge [
    source 20
    target 59
  ]
  edge [
    source 20
    target 60
  ]
  edge [
    source 20
    target 61
  ]
  edge [
    source 20
    target 62
  ]
  edge [
    source 20
    target 63
  ]
  edge [
    source 20
    target 64
  ]
  edge [
    source 20
    target 71
  ]
  edge [
    source 20
    target 72
  ]
  edge [
    source 20
    target 73
  ]
  edge [
    source 20
    target 74
  ]
  edge [
    source 20
    target 75
  ]
  edge [
    source 20
    target 76
  ]
  edge [
    source 20
    target 77
  ]
  edge [
    source 20
    target 78
  ]
  edge [
    source 20
    target 79
  ]
  edge [
    source 20
    target 80
  ]
  edge [
    source 20
    target 81
  ]
  edge [
    source 20
    target 82
  ]
  edge [
    source 20
    target 83
  ]
  edge [
    source 20
    target 90
  ]
  edge [
    source 20
    target 91
  ]
  edge [
    source 20
    target 92
  ]
  edge [
    source 20
    target 93
  ]
  edge [
    source 20
    target 94
  ]
  edge [
    source 20
    target 95
  ]
  edge [
    source 20
    target 96
  ]
  edge [
    source 20
    target 97
  ]
  edge [
    source 20
    target 98
  ]
  edge [
    source 20
    target 99
  ]
  edge [
    source 20
    target 100
  ]
  edge [
    source 20
    target 101
  ]
  edge [
    source 20
    target 102
  ]
  edge [
    source 20
    target 110
  ]
  edge [
    source 20
    target 111
  ]
  edge [
    source 20
    target 112
  ]
  edge [
    source 20
    target 113
  ]
  edge [
    source 20
    target 114
  ]
  edge [
    source 21
    target 189
  ]
  edge [
    source 21
    target 188
  ]
  edge [
    source 21
    target 187
  ]
  edge [
    source 21
    target 186
  ]
  edge [
    source 21
    target 179
  ]
  edge [
    source 21
    target 178
  ]
  edge [
    source 21
    target 177
  ]
  edge [
    source 21
    target 176
  ]
  edge [
    source 21
    target 175
  ]
  edge [
    source 21
    target 174
  ]
  edge [
    source 21
    target 173
  ]
  edge [
    source 21
    target 172
  ]
  edge [
    source 21
    target 171
  ]
  edge [
    source 21
    target 170
  ]
  edge [
    source 21
    target 169
  ]
  edge [
    source 21
    target 168
  ]
  edge [
    source 21
    target 167
  ]
  edge [
    source 21
    target 160
  ]
  edge [
    source 21
    target 159
  ]
  edge [
    source 21
    target 158
  ]
  edge [
    source 21
    target 157
  ]
  edge [
    source 21
    target 156
  ]
  edge [
    source 21
    target 155
  ]
  edge [
    source 21
    target 154
  ]
  edge [
    source 21
    target 153
  ]
  edge [
    source 21
    target 152
  ]
  edge [
    source 21
    target 151
  ]
  edge [
    source 21
    target 150
  ]
  edge [
    source 21
    target 149
  ]
  edge [
    source 21
    target 148
  ]
  edge [
    source 21
    target 141
  ]
  edge [
    source 21
    target 140
  ]
  edge [
    source 21
    target 139
  ]
  edge [
    source 21
    target 138
  ]
  edge [
    source 21
    target 137
  ]
  edge [
    source 21
    target 136
  ]
  edge [
    source 21
    target 135
  ]
  edge [
    source 21
    target 134
  ]
  edge [
    source 21
    target 133
  ]
  edge [
    source 21
    target 132
  ]
  edge [
    source 21
    target 131
  ]
  edge [
    source 21
    target 130
  ]
  edge [
    source 21
    target 129
  ]
  edge [
    source 21
    target 121
  ]
  edge [
    source 21
    target 120
  ]
  edge [
    source 21
    target 119
  ]
  edge [
    source 21
    target 118
  ]
  edge [
    source 21
    target 117
  ]
  edge [
    source 21
    target 116
  ]
  edge [
    source 21
    target 22
  ]
  edge [
    source 21
    target 23
  ]
  edge [
    source 21
    target 24
  ]
  edge [
    source 21
    target 25
  ]
  edge [
    source 21
    target 26
  ]
  edge [
    source 21
    target 27
  ]
  edge [
    source 21
    target 34
  ]
  edge [
    source 21
    target 35
  ]
  edge [
    source 21
    target 36
  ]
  edge [
    source 21
    target 37
  ]
  edge [
    source 21
    target 38
  ]
  edge [
    source 21
    target 39
  ]
  edge [
    source 21
    target 40
  ]
  edge [
    source 21
    target 41
  ]
  edge [
    source 21
    target 42
  ]
  edge [
    source 21
    target 43
  ]
  edge [
    source 21
    target 44
  ]
  edge [
    source 21
    target 45
  ]
  edge [
    source 21
    target 46
  ]
  edge [
    source 21
    target 53
  ]
  edge [
    source 21
    target 54
  ]
  edge [
    source 21
    target 55
  ]
  edge [
    source 21
    target 56
  ]
  edge [
    source 21
    target 57
  ]
  edge [
    source 21
    target 58
  ]
  edge [
    source 21
    target 59
  ]
  edge [
    source 21
    target 60
  ]
  edge [
    source 21
    target 61
  ]
  edge [
    source 21
    target 62
  ]
  edge [
    source 21
    target 63
  ]
  edge [
    source 21
    target 64
  ]
  edge [
    source 21
    target 65
  ]
  edge [
    source 21
    target 72
  ]
  edge [
    source 21
    target 73
  ]
  edge [
    source 21
    target 74
  ]
  edge [
    source 21
    target 75
  ]
  edge [
    source 21
    target 76
  ]
  edge [
    source 21
    target 77
  ]
  edge [
    source 21
    target 78
  ]
  edge [
    source 21
    target 79
  ]
  edge [
    source 21
    target 80
  ]
  edge [
    source 21
    target 81
  ]
  edge [
    source 21
    target 82
  ]
  edge [
    source 21
    target 83
  ]
  edge [
    source 21
    target 84
  ]
  edge [
    source 21
    target 91
  ]
  edge [
    source 21
    target 92
  ]
  edge [
    source 21
    target 93
  ]
  edge [
    source 21
    target 94
  ]
  edge [
    source 21
    target 95
  ]
  edge [
    source 21
    target 96
  ]
  edge [
    source 21
    target 97
  ]
  edge [
    source 21
    target 98
  ]
  edge [
    source 21
    target 99
  ]
  edge [
    source 21
    target 100
  ]
  edge [
    source 21
    target 101
  ]
  edge [
    source 21
    target 102
  ]
  edge [
    source 21
    target 103
  ]
  edge [
    source 21
    target 111
  ]
  edge [
    source 21
    target 112
  ]
  edge [
    source 21
    target 113
  ]
  edge [
    source 21
    target 114
  ]
  edge [
    source 21
    target 115
  ]
  edge [
    source 22
    target 189
  ]
  edge [
    source 22
    target 188
  ]
  edge [
    source 22
    target 187
  ]
  edge [
    source 22
    target 180
  ]
  edge [
    source 22
    target 179
  ]
  edge [
    source 22
    target 178
  ]
  edge [
    source 22
    target 177
  ]
  edge [
    source 22
    target 176
  ]
  edge [
    source 22
    target 175
  ]
  edge [
    source 22
    target 174
  ]
  edge [
    source 22
    target 173
  ]
  edge [
    source 22
    target 172
  ]
  edge [
    source 22
    target 171
  ]
  edge [
    source 22
    target 170
  ]
  edge [
    source 22
    target 169
  ]
  edge [
    source 22
    target 168
  ]
  edge [
    source 22
    target 161
  ]
  edge [
    source 22
    target 160
  ]
  edge [
    source 22
    target 159
  ]
  edge [
    source 22
    target 158
  ]
  edge [
    source 22
    target 157
  ]
  edge [
    source 22
    target 156
  ]
  edge [
    source 22
    target 155
  ]
  edge [
    source 22
    target 154
  ]
  edge [
    source 22
    target 153
  ]
  edge [
    source 22
    target 152
  ]
  edge [
    source 22
    target 151
  ]
  edge [
    source 22
    target 150
  ]
  edge [
    source 22
    target 149
  ]
  edge [
    source 22
    target 142
  ]
  edge [
    source 22
    target 141
  ]
  edge [
    source 22
    target 140
  ]
  edge [
    source 22
    target 139
  ]
  edge [
    source 22
    target 138
  ]
  edge [
    source 22
    target 137
  ]
  edge [
    source 22
    target 136
  ]
  edge [
    source 22
    target 135
  ]
  edge [
    source 22
    target 134
  ]
  edge [
    source 22
    target 133
  ]
  edge [
    source 22
    target 132
  ]
  edge [
    source 22
    target 131
  ]
  edge [
    source 22
    target 130
  ]
  edge [
    source 22
    target 122
  ]
  edge [
    source 22
    target 121
  ]
  edge [
    source 22
    target 120
  ]
  edge [
    source 22
    target 119
  ]
  edge [
    source 22
    target 118
  ]
  edge [
    source 22
    target 117
  ]
  edge [
    source 22
    target 23
  ]
  edge [
    source 22
    target 24
  ]
  edge [
    source 22
    target 25
  ]
  edge [
    source 22
    target 26
  ]
  edge [
    source 22
    target 27
  ]
  edge [
    source 22
    target 28
  ]
  edge [
    source 22
    target 35
  ]
  edge [
    source 22
    target 36
  ]
  edge [
    source 22
    target 37
  ]
  edge [
    source 22
    target 38
  ]
  edge [
    source 22
    target 39
  ]
  edge [
    source 22
    target 40
  ]
  edge [
    source 22
    target 41
  ]
  edge [
    source 22
    target 42
  ]
  edge [
    source 22
    target 43
  ]
  edge [
    source 22
    target 44
  ]
  edge [
    source 22
    target 45
  ]
  edge [
    source 22
    target 46
  ]
  edge [
    source 22
    target 47
  ]
  edge [
    source 22
    target 54
  ]
  edge [
    source 22
    target 55
  ]
  edge [
    source 22
    target 56
  ]
  edge [
    source 22
    target 57
  ]
  edge [
    source 22
    target 58
  ]
  edge [
    source 22
    target 59
  ]
  edge [
    source 22
    target 60
  ]
  edge [
    source 22
    target 61
  ]
  edge [
    source 22
    target 62
  ]
  edge [
    source 22
    target 63
  ]
  edge [
    source 22
    target 64
  ]
  edge [
    source 22
    target 65
  ]
  edge [
    source 22
    target 66
  ]
  edge [
    source 22
    target 73
  ]
  edge [
    source 22
    target 74
  ]
  edge [
    source 22
    target 75
  ]
  edge [
    source 22
    target 76
  ]
  edge [
    source 22
    target 77
  ]
  edge [
    source 22
    target 78
  ]
  edge [
    source 22
    target 79
  ]
  edge [
    source 22
    target 80
  ]
  edge [
    source 22
    target 81
  ]
  edge [
    source 22
    target 82
  ]
  edge [
    source 22
    target 83
  ]
  edge [
    source 22
    target 84
  ]
  edge [
    source 22
    target 85
  ]
  edge [
    source 22
    target 92
  ]
  edge [
    source 22
    target 93
  ]
  edge [
    source 22
    target 94
  ]
  edge [
    source 22
    target 95
  ]
  edge [
    source 22
    target 96
  ]
  edge [
    source 22
    target 97
  ]
  edge [
    source 22
    target 98
  ]
  edge [
    source 22
    target 99
  ]
  edge [
    source 22
    target 100
  ]
  edge [
    source 22
    target 101
  ]
  edge [
    source 22
    target 102
  ]
  edge [
    source 22
    target 103
  ]
  edge [
    source 22
    target 104
  ]
  edge [
    source 22
    target 112
  ]
  edge [
    source 22
    target 113
  ]
  edge [
    source 22
    target 114
  ]
  edge [
    source 22
    target 115
  ]
  edge [
    source 22
    target 116
  ]
  edge [
    source 23
    target 189
  ]
  edge [
    source 23
    target 188
  ]
  edge [
    source 23
    target 181
  ]
  edge [
    source 23
    target 180
  ]
  edge [
    source 23
    target 179
  ]
  edge [
    source 23
    target 178
  ]
  edge [
    source 23
    target 177
  ]
  edge [
    source 23
    target 176
  ]
  edge [
    source 23
    target 175
  ]
  edge [
    source 23
    target 174
  ]
  edge [
    source 23
    target 173
  ]
  edge [
    source 23
    target 172
  ]
  edge [
    source 23
    target 171
  ]
  edge [
    source 23
    target 170
  ]
  edge [
    source 23
    target 169
  ]
  edge [
    source 23
    target 162
  ]
  edge [
    source 23
    target 161
  ]
  edge [
    source 23
    target 160
  ]
  edge [
    source 23
    target 159
  ]
  edge [
    source 23
    target 158
  ]
  edge [
    source 23
    target 157
  ]
  edge [
    source 23
    target 156
  ]
  edge [
    source 23
    target 155
  ]
  edge [
    source 23
    target 154
  ]
  edge [
    source 23
    target 153
  ]
  edge [
    source 23
    target 152
  ]
  edge [
    source 23
    target 151
  ]
  edge [
    source 23
    target 150
  ]
  edge [
    source 23
    target 143
  ]
  edge [
    source 23
    target 142
  ]
  edge [
    source 23
    target 141
  ]
  edge [
    source 23
    target 140
  ]
  edge [
    source 23
    target 139
  ]
  edge [
    source 23
    target 138
  ]
  edge [
    source 23
    target 137
  ]
  edge [
    source 23
    target 136
  ]
  edge [
    source 23
    target 135
  ]
  edge [
    source 23
    target 134
  ]
  edge [
    source 23
    target 133
  ]
  edge [
    source 23
    target 132
  ]
  edge [
    source 23
    target 131
  ]
  edge [
    source 23
    target 123
  ]
  edge [
    source 23
    target 122
  ]
  edge [
    source 23
    target 121
  ]
  edge [
    source 23
    target 120
  ]
  edge [
    source 23
    target 119
  ]
  edge [
    source 23
    target 118
  ]
  edge [
    source 23
    target 24
  ]
  edge [
    source 23
    target 25
  ]
  edge [
    source 23
    target 26
  ]
  edge [
    source 23
    target 27
  ]
  edge [
    source 23
    target 28
  ]
  edge [
    source 23
    target 29
  ]
  edge [
    source 23
    target 36
  ]
  edge [
    source 23
    target 37
  ]
  edge [
    source 23
    target 38
  ]
  edge [
    source 23
    target 39
  ]
  edge [
    source 23
    target 40
  ]
  edge [
    source 23
    target 41
  ]
  edge [
    source 23
    target 42
  ]
  edge [
    source 23
    target 43
  ]
  edge [
    source 23
    target 44
  ]
  edge [
    source 23
    target 45
  ]
  edge [
    source 23
    target 46
  ]
  edge [
    source 23
    target 47
  ]
  edge [
    source 23
    target 48
  ]
  edge [
    source 23
    target 55
  ]
  edge [
    source 23
    target 56
  ]
  edge [
    source 23
    target 57
  ]
  edge [
    source 23
    target 58
  ]
  edge [
    source 23
    target 59
  ]
  edge [
    source 23
    target 60
  ]
  edge [
    source 23
    target 61
  ]
  edge [
    source 23
    target 62
  ]
  edge [
    source 23
    target 63
  ]
  edge [
    source 23
    target 64
  ]
  edge [
    source 23
    target 65
  ]
  edge [
    source 23
    target 66
  ]
  edge [
    source 23
    target 67
  ]
  edge [
    source 23
    target 74
  ]
  edge [
    source 23
    target 75
  ]
  edge [
    source 23
    target 76
  ]
  edge [
    source 23
    target 77
  ]
  edge [
    source 23
    target 78
  ]
  edge [
    source 23
    target 79
  ]
  edge [
    source 23
    target 80
  ]
  edge [
    source 23
    target 81
  ]
  edge [
    source 23
    target 82
  ]
  edge [
    source 23
    target 83
  ]
  edge [
    source 23
    target 84
  ]
  edge [
    source 23
    target 85
  ]
  edge [
    source 23
    target 86
  ]
  edge [
    source 23
    target 93
  ]
  edge [
    source 23
    target 94
  ]
  edge [
    source 23
    target 95
  ]
  edge [
    source 23
    target 96
  ]
  edge [
    source 23
    target 97
  ]
  edge [
    source 23
    target 98
  ]
  edge [
    source 23
    target 99
  ]
  edge [
    source 23
    target 100
  ]
  edge [
    source 23
    target 101
  ]
  edge [
    source 23
    target 102
  ]
  edge [
    source 23
    target 103
  ]
  edge [
    source 23
    target 104
  ]
  edge [
    source 23
    target 105
  ]
  edge [
    source 23
    target 113
  ]
  edge [
    source 23
    target 114
  ]
  edge [
    source 23
    target 115
  ]
  edge [
    source 23
    target 116
  ]
  edge [
    source 23
    target 117
  ]
  edge [
    source 24
    target 189
  ]
  edge [
    source 24
    target 182
  ]
  edge [
    source 24
    target 181
  ]
  edge [
    source 24
    target 180
  ]
  edge [
    source 24
    target 179
  ]
  edge [
    source 24
    target 178
  ]
  edge [
    source 24
    target 177
  ]
  edge [
    source 24
    target 176
  ]
  edge [
    source 24
    target 175
  ]
  edge [
    source 24
    target 174
  ]
  edge [
    source 24
    target 173
  ]
  edge [
    source 24
    target 172
  ]
  edge [
    source 24
    target 171
  ]
  edge [
    source 24
    target 170
  ]
  edge [
    source 24
    target 163
  ]
  edge [
    source 24
    target 162
  ]
  edge [
    source 24
    target 161
  ]
  edge [
    source 24
    target 160
  ]
  edge [
    source 24
    target 159
  ]
  edge [
    source 24
    target 158
  ]
  edge [
    source 24
    target 157
  ]
  edge [
    source 24
    target 156
  ]
  edge [
    source 24
    target 155
  ]
  edge [
    source 24
    target 154
  ]
  edge [
    source 24
    target 153
  ]
  edge [
    source 24
    target 152
  ]
  edge [
    source 24
    target 151
  ]
  edge [
    source 24
    target 144
  ]
  edge [
    source 24
    target 143
  ]
  edge [
    source 24
    target 142
  ]
  edge [
    source 24
    target 141
  ]
  edge [
    source 24
    target 140
  ]
  edge [
    source 24
    target 139
  ]
  edge [
    source 24
    target 138
  ]
  edge [
    source 24
    target 137
  ]
  edge [
    source 24
    target 136
  ]
  edge [
    source 24
    target 135
  ]
  edge [
    source 24
    target 134
  ]
  edge [
    source 24
    target 133
  ]
  edge [
    source 24
    target 132
  ]
  edge [
    source 24
    target 124
  ]
  edge [
    source 24
    target 123
  ]
  edge [
    source 24
    target 122
  ]
  edge [
    source 24
    target 121
  ]
  edge [
    source 24
    target 120
  ]
  edge [
    source 24
    target 119
  ]
  edge [
    source 24
    target 25
  ]
  edge [
    source 24
    target 26
  ]
  edge [
    source 24
    target 27
  ]
  edge [
    source 24
    target 28
  ]
  edge [
    source 24
    target 29
  ]
  edge [
    source 24
    target 30
  ]
  edge [
    source 24
    target 37
  ]
  edge [
    source 24
    target 38
  ]
  edge [
    source 24
    target 39
  ]
  edge [
    source 24
    target 40
  ]
  edge [
    source 24
    target 41
  ]
  edge [
    source 24
    target 42
  ]
  edge [
    source 24
    target 43
  ]
  edge [
    source 24
    target 44
  ]
  edge [
    source 24
    target 45
  ]
  edge [
    source 24
    target 46
  ]
  edge [
    source 24
    target 47
  ]
  edge [
    source 24
    target 48
  ]
  edge [
    source 24
    target 49
  ]
  edge [
    source 24
    target 56
  ]
  edge [
    source 24
    target 57
  ]
  edge [
    source 24
    target 58
  ]
  edge [
    source 24
    target 59
  ]
  edge [
    source 24
    target 60
  ]
  edge [
    source 24
    target 61
  ]
  edge [
    source 24
    target 62
  ]
  edge [
    source 24
    target 63
  ]
  edge [
    source 24
    target 64
  ]
  edge [
    source 24
    target 65
  ]
  edge [
    source 24
    target 66
  ]
  edge [
    source 24
    target 67
  ]
  edge [
    source 24
    target 68
  ]
  edge [
    source 24
    target 75
  ]
  edge [
    source 24
    target 76
  ]
  edge [
    source 24
    target 77
  ]
  edge [
    source 24
    target 78
  ]
  edge [
    source 24
    target 79
  ]
  edge [
    source 24
    target 80
  ]
  edge [
    source 24
    target 81
  ]
  edge [
    source 24
    target 82
  ]
  edge [
    source 24
    target 83
  ]
  edge [
    source 24
    target 84
  ]
  edge [
    source 24
    target 85
  ]
  edge [
    source 24
    target 86
  ]
  edge [
    source 24
    target 87
  ]
  edge [
    source 24
    target 94
  ]
  edge [
    source 24
    target 95
  ]
  edge [
    source 24
    target 96
  ]
  edge [
    source 24
    target 97
  ]
  edge [
    source 24
    target 98
  ]
  edge [
    source 24
    target 99
  ]
  edge [
    source 24
    target 100
  ]
  edge [
    source 24
    target 101
  ]
  edge [
    source 24
    target 102
  ]
  edge [
    source 24
    target 103
  ]
  edge [
    source 24
    target 104
  ]
  edge [
    source 24
    target 105
  ]
  edge [
    source 24
    target 106
  ]
  edge [
    source 24
    target 114
  ]
  edge [
    source 24
    target 115
  ]
  edge [
    source 24
    target 116
  ]
  edge [
    source 24
    target 117
  ]
  edge [
    source 24
    target 118
  ]
  edge [
    source 25
    target 183
  ]
  edge [
    source 25
    target 182
  ]
  edge [
    source 25
    target 181
  ]
  edge [
    source 25
    target 180
  ]
  edge [
    source 25
    target 179
  ]
  edge [
    source 25
    target 178
  ]
  edge [
    source 25
    target 177
  ]
  edge [
    source 25
    target 176
  ]
  edge [
    source 25
    target 175
  ]
  edge [
    source 25
    target 174
  ]
  edge [
    source 25
    target 173
  ]
  edge [
    source 25
    target 172
  ]
  edge [
    source 25
    target 171
  ]
  edge [
    source 25
    target 164
  ]
  edge [
    source 25
    target 163
  ]
  edge [
    source 25
    target 162
  ]
  edge [
    source 25
    target 161
  ]
  edge [
    source 25
    target 160
  ]
  edge [
    source 25
    target 159
  ]
  edge [
    source 25
    target 158
  ]
  edge [
    source 25
    target 157
  ]
  edge [
    source 25
    target 156
  ]
  edge [
    source 25
    target 155
  ]
  edge [
    source 25
    target 154
  ]
  edge [
    source 25
    target 153
  ]
  edge [
    source 25
    target 152
  ]
  edge [
    source 25
    target 145
  ]
  edge [
    source 25
    target 144
  ]
  edge [
    source 25
    target 143
  ]
  edge [
    source 25
    target 142
  ]
  edge [
    source 25
    target 141
  ]
  edge [
    source 25
    target 140
  ]
  edge [
    source 25
    target 139
  ]
  edge [
    source 25
    target 138
  ]
  edge [
    source 25
    target 137
  ]
  edge [
    source 25
    target 136
  ]
  edge [
    source 25
    target 135
  ]
  edge [
    source 25
    target 134
  ]
  edge [
    source 25
    target 133
  ]
  edge [
    source 25
    target 125
  ]
  edge [
    source 25
    target 124
  ]
  edge [
    source 25
    target 123
  ]
  edge [
    source 25
    target 122
  ]
  edge [
    source 25
    target 121
  ]
  edge [
    source 25
    target 120
  ]
  edge [
    source 25
    target 26
  ]
  edge [
    source 25
    target 27
  ]
  edge [
    source 25
    target 28
  ]
  edge [
    source 25
    target 29
  ]
  edge [
    source 25
    target 30
  ]
  edge [
    source 25
    target 31
  ]
  edge [
    source 25
    target 38
  ]
  edge [
    source 25
    target 39
  ]
  edge [
    source 25
    target 40
  ]
  edge [
    source 25
    target 41
  ]
  edge [
    source 25
    target 42
  ]
  edge [
    source 25
    target 43
  ]
  edge [
    source 25
    target 44
  ]
  edge [
    source 25
    target 45
  ]
  edge [
    source 25
    target 46
  ]
  edge [
    source 25
    target 47
  ]
  edge [
    source 25
    target 48
  ]
  edge [
    source 25
    target 49
  ]
  edge [
    source 25
    target 50
  ]
  edge [
    source 25
    target 57
  ]
  edge [
    source 25
    target 58
  ]
  edge [
    source 25
    target 59
  ]
  edge [
    source 25
    target 60
  ]
  edge [
    source 25
    target 61
  ]
  edge [
    source 25
    target 62
  ]
  edge [
    source 25
    target 63
  ]
  edge [
    source 25
    target 64
  ]
  edge [
    source 25
    target 65
  ]
  edge [
    source 25
    target 66
  ]
  edge [
    source 25
    target 67
  ]
  edge [
    source 25
    target 68
  ]
  edge [
    source 25
    target 69
  ]
  edge [
    source 25
    target 76
  ]
  edge [
    source 25
    target 77
  ]
  edge [
    source 25
    target 78
  ]
  edge [
    source 25
    target 79
  ]
  edge [
    source 25
    target 80
  ]
  edge [
    source 25
    target 81
  ]
  edge [
    source 25
    target 82
  ]
  edge [
    source 25
    target 83
  ]
  edge [
    source 25
    target 84
  ]
  edge [
    source 25
    target 85
  ]
  edge [
    source 25
    target 86
  ]
  edge [
    source 25
    target 87
  ]
  edge [
    source 25
    target 88
  ]
  edge [
    source 25
    target 95
  ]
  edge [
    source 25
    target 96
  ]
  edge [
    source 25
    target 97
  ]
  edge [
    source 25
    target 98
  ]
  edge [
    source 25
    target 99
  ]
  edge [
    source 25
    target 100
  ]
  edge [
    source 25
    target 101
  ]
  edge [
    source 25
    target 102
  ]
  edge [
    source 25
    target 103
  ]
  edge [
    source 25
    target 104
  ]
  edge [
    source 25
    target 105
  ]
  edge [
    source 25
    target 106
  ]
  edge [
    source 25
    target 107
  ]
  edge [
    source 25
    target 115
  ]
  edge [
    source 25
    target 116
  ]
  edge [
    source 25
    target 117
  ]
  edge [
    source 25
    target 118
  ]
  edge [
    source 25
    target 119
  ]
  edge [
    source 26
    target 184
  ]
  edge [
    source 26
    target 183
  ]
  edge [
    source 26
    target 182
  ]
  edge [
    source 26
    target 181
  ]
  edge [
    source 26
    target 180
  ]
  edge [
    source 26
    target 179
  ]
  edge [
    source 26
    target 178
  ]
  edge [
    source 26
    target 177
  ]
  edge [
    source 26
    target 176
  ]
  edge [
    source 26
    target 175
  ]
  edge [
    source 26
    target 174
  ]
  edge [
    source 26
    target 173
  ]
  edge [
    source 26
    target 172
  ]
  edge [
    source 26
    target 165
  ]
  edge [
    source 26
    target 164
  ]
  edge [
    source 26
    target 163
  ]
  edge [
    source 26
    target 162
  ]
  edge [
    source 26
    target 161
  ]
  edge [
    source 26
    target 160
  ]
  edge [
    source 26
    target 159
  ]
  edge [
    source 26
    target 158
  ]
  edge [
    source 26
    target 157
  ]
  edge [
    source 26
    target 156
  ]
  edge [
    source 26
    target 155
  ]
  edge [
    source 26
    target 154
  ]
  edge [
    source 26
    target 153
  ]
  edge [
    source 26
    target 146
  ]
  edge [
    source 26
    target 145
  ]
  edge [
    source 26
    target 144
  ]
  edge [
    source 26
    target 143
  ]
  edge [
    source 26
    target 142
  ]
  edge [
    source 26
    target 141
  ]
  edge [
    source 26
    target 140
  ]
  edge [
    source 26
    target 139
  ]
  edge [
    source 26
    target 138
  ]
  edge [
    source 26
    target 137
  ]
  edge [
    source 26
    target 136
  ]
  edge [
    source 26
    target 135
  ]
  edge [
    source 26
    target 134
  ]
  edge [
    source 26
    target 126
  ]
  edge [
    source 26
    target 125
  ]
  edge [
    source 26
    target 124
  ]
  edge [
    source 26
    target 123
  ]
  edge [
    source 26
    target 122
  ]
  edge [
    source 26
    target 121
  ]
  edge [
    source 26
    target 27
  ]
  edge [
    source 26
    target 28
  ]
  edge [
    source 26
    target 29
  ]
  edge [
    source 26
    target 30
  ]
  edge [
    source 26
    target 31
  ]
  edge [
    source 26
    target 32
  ]
  edge [
    source 26
    target 39
  ]
  edge [
    source 26
    target 40
  ]
  edge [
    source 26
    target 41
  ]
  edge [
    source 26
    target 42
  ]
  edge [
    source 26
    target 43
  ]
  edge [
    source 26
    target 44
  ]
  edge [
    source 26
    target 45
  ]
  edge [
    source 26
    target 46
  ]
  edge [
    source 26
    target 47
  ]
  edge [
    source 26
    target 48
  ]
  edge [
    source 26
    target 49
  ]
  edge [
    source 26
    target 50
  ]
  edge [
    source 26
    target 51
  ]
  edge [
    source 26
    target 58
  ]
  edge [
    source 26
    target 59
  ]
  edge [
    source 26
    target 60
  ]
  edge [
    source 26
    target 61
  ]
  edge [
    source 26
    target 62
  ]
  edge [
    source 26
    target 63
  ]
  edge [
    source 26
    target 64
  ]
  edge [
    source 26
    target 65
  ]
  edge [
    source 26
    target 66
  ]
  edge [
    source 26
    target 67
  ]
  edge [
    source 26
    target 68
  ]
  edge [
    source 26
    target 69
  ]
  edge [
    source 26
    target 70
  ]
  edge [
    source 26
    target 77
  ]
  edge [
    source 26
    target 78
  ]
  edge [
    source 26
    target 79
  ]
  edge [
    source 26
    target 80
  ]
  edge [
    source 26
    target 81
  ]
  edge [
    source 26
    target 82
  ]
  edge [
    source 26
    target 83
  ]
  edge [
    source 26
    target 84
  ]
  edge [
    source 26
    target 85
  ]
  edge [
    source 26
    target 86
  ]
  edge [
    source 26
    target 87
  ]
  edge [
    source 26
    target 88
  ]
  edge [
    source 26
    target 89
  ]
  edge [
    source 26
    target 96
  ]
  edge [
    source 26
    target 97
  ]
  edge [
    source 26
    target 98
  ]
  edge [
    source 26
    target 99
  ]
  edge [
    source 26
    target 100
  ]
  edge [
    source 26
    target 101
  ]
  edge [
    source 26
    target 102
  ]
  edge [
    source 26
    target 103
  ]
  edge [
    source 26
    target 104
  ]
  edge [
    source 26
    target 105
  ]
  edge [
    source 26
    target 106
  ]
  edge [
    source 26
    target 107
  ]
  edge [
    source 26
    target 108
  ]
  edge [
    source 26
    target 116
  ]
  edge [
    source 26
    target 117
  ]
  edge [
    source 26
    target 118
  ]
  edge [
    source 26
    target 119
  ]
  edge [
    source 26
    target 120
  ]
  edge [
    source 27
    target 185
  ]
  edge [
    source 27
    target 184
  ]
  edge [
    source 27
    target 183
  ]
  edge [
    source 27
    target 182
  ]
  edge [
    source 27
    target 181
  ]
  edge [
    source 27
    target 180
  ]
  edge [
    source 27
    target 179
  ]
  edge [
    source 27
    target 178
  ]
  edge [
    source 27
    target 177
  ]
  edge [
    source 27
    target 176
  ]
  edge [
    source 27
    target 175
  ]
  edge [
    source 27
    target 174
  ]
  edge [
    source 27
    target 173
  ]
  edge [
    source 27
    target 166
  ]
  edge [
    source 27
    target 165
  ]
  edge [
    source 27
    target 164
  ]
  edge [
    source 27
    target 163
  ]
  edge [
    source 27
    target 162
  ]
  edge [
    source 27
    target 161
  ]
  edge [
    source 27
    target 160
  ]
  edge [
    source 27
    target 159
  ]
  edge [
    source 27
    target 158
  ]
  edge [
    source 27
    target 157
  ]
  edge [
    source 27
    target 156
  ]
  edge [
    source 27
    target 155
  ]
  edge [
    source 27
    target 154
  ]
  edge [
    source 27
    target 147
  ]
  edge [
    source 27
    target 146
  ]
  edge [
    source 27
    target 145
  ]
  edge [
    source 27
    target 144
  ]
  edge [
    source 27
    target 143
  ]
  edge [
    source 27
    target 142
  ]
  edge [
    source 27
    target 141
  ]
  edge [
    source 27
    target 140
  ]
  edge [
    source 27
    target 139
  ]
  edge [
    source 27
    target 138
  ]
  edge [
    source 27
    target 137
  ]
  edge [
    source 27
    target 136
  ]
  edge [
    source 27
    target 135
  ]
  edge [
    source 27
    target 127
  ]
  edge [
    source 27
    target 126
  ]
  edge [
    source 27
    target 125
  ]
  edge [
    source 27
    target 124
  ]
  edge [
    source 27
    target 123
  ]
  edge [
    source 27
    target 122
  ]
  edge [
    source 27
    target 28
  ]
  edge [
    source 27
    target 29
  ]
  edge [
    source 27
    target 30
  ]
  edge [
    source 27
    target 31
  ]
  edge [
    source 27
    target 32
  ]
  edge [
    source 27
    target 33
  ]
  edge [
    source 27
    target 40
  ]
  edge [
    source 27
    target 41
  ]
  edge [
    source 27
    target 42
  ]
  edge [
    source 27
    target 43
  ]
  edge [
    source 27
    target 44
  ]
  edge [
    source 27
    target 45
  ]
  edge [
    source 27
    target 46
  ]
  edge [
    source 27
    target 47
  ]
  edge [
    source 27
    target 48
  ]
  edge [
    source 27
    target 49
  ]
  edge [
    source 27
    target 50
  ]
  edge [
    source 27
    target 51
  ]
  edge [
    source 27
    target 52
  ]
  edge [
    source 27
    target 59
  ]
  edge [
    source 27
    target 60
  ]
  edge [
    source 27
    target 61
  ]
  edge [
    source 27
    target 62
  ]
  edge [
    source 27
    target 63
  ]
  edge [
    source 27
    target 64
  ]
  edge [
    source 27
    target 65
  ]
  edge [
    source 27
    target 66
  ]
  edge [
    source 27
    target 67
  ]
  edge [
    source 27
    target 68
  ]
  edge [
    source 27
    target 69
  ]
  edge [
    source 27
    target 70
  ]
  edge [
    source 27
    target 71
  ]
  edge [
    source 27
    target 78
  ]
  edge [
    source 27
    target 79
  ]
  edge [
    source 27
    target 80
  ]
  edge [
    source 27
    target 81
  ]
  edge [
    source 27
    target 82
  ]
  edge [
    source 27
    target 83
  ]
  edge [
    source 27
    target 84
  ]
  edge [
    source 27
    target 85
  ]
  edge [
    source 27
    target 86
  ]
  edge [
    source 27
    target 87
  ]
  edge [
    source 27
    target 88
  ]
  edge [
    source 27
    target 89
  ]
  edge [
    source 27
    target 90
  ]
  edge [
    source 27
    target 97
  ]
  edge [
    source 27
    target 98
  ]
  edge [
    source 27
    target 99
  ]
  edge [
    source 27
    target 100
  ]
  edge [
    source 27
    target 101
  ]
  edge [
    source 27
    target 102
  ]
  edge [
    source 27
    target 103
  ]
  edge [
    source 27
    target 104
  ]
  edge [
    source 27
    target 105
  ]
  edge [
    source 27
    target 106
  ]
  edge [
    source 27
    target 107
  ]
  edge [
    source 27
    target 108
  ]
  edge [
    source 27
    target 109
  ]
  edge [
    source 27
    target 117
  ]
  edge [
    source 27
    target 118
  ]
  edge [
    source 27
    target 119
  ]
  edge [
    source 27
    target 120
  ]
  edge [
    source 27
    target 121
  ]
  edge [
    source 28
    target 186
  ]
  edge [
    source 28
    target 185
  ]
  edge [
    source 28
    target 184
  ]
  edge [
    source 28
    target 183
  ]
  edge [
    source 28
    target 182
  ]
  edge [
    source 28
    target 181
  ]
  edge [
    source 28
    target 180
  ]
  edge [
    source 28
    target 179
  ]
  edge [
    source 28
    target 178
  ]
  edge [
    source 28
    target 177
  ]
  edge [
    source 28
    target 176
  ]
  edge [
    source 28
    target 175
  ]
  edge [
    source 28
    target 174
  ]
  edge [
    source 28
    target 167
  ]
  edge [
    source 28
    target 166
  ]
  edge [
    source 28
    target 165
  ]
  edge [
    source 28
    target 164
  ]
  edge [
    source 28
    target 163
  ]
  edge [
    source 28
    target 162
  ]
  edge [
    source 28
    target 161
  ]
  edge [
    source 28
    target 160
  ]
  edge [
    source 28
    target 159
  ]
  edge [
    source 28
    target 158
  ]
  edge [
    source 28
    target 157
  ]
  edge [
    source 28
    target 156
  ]
  edge [
    source 28
    target 155
  ]
  edge [
    source 28
    target 148
  ]
  edge [
    source 28
    target 147
  ]
  edge [
    source 28
    target 146
  ]
  edge [
    source 28
    target 145
  ]
  edge [
    source 28
    target 144
  ]
  edge [
    source 28
    target 143
  ]
  edge [
    source 28
    target 142
  ]
  edge [
    source 28
    target 141
  ]
  edge [
    source 28
    target 140
  ]
  edge [
    source 28
    target 139
  ]
  edge [
    source 28
    target 138
  ]
  edge [
    source 28
    target 137
  ]
  edge [
    source 28
    target 136
  ]
  edge [
    source 28
    target 128
  ]
  edge [
    source 28
    target 127
  ]
  edge [
    source 28
    target 126
  ]
  edge [
    source 28
    target 125
  ]
  edge [
    source 28
    target 124
  ]
  edge [
    source 28
    target 123
  ]
  edge [
    source 28
    target 29
  ]
  edge [
    source 28
    target 30
  ]
  edge [
    source 28
    target 31
  ]
  edge [
    source 28
    target 32
  ]
  edge [
    source 28
    target 33
  ]
  edge [
    source 28
    target 34
  ]
  edge [
    source 28
    target 41
  ]
  edge [
    source 28
    target 42
  ]
  edge [
    source 28
    target 43
  ]
  edge [
    source 28
    target 44
  ]
  edge [
    source 28
    target 45
  ]
  edge [
    source 28
    target 46
  ]
  edge [
    source 28
    target 47
  ]
  edge [
    source 28
    target 48
  ]
  edge [
    source 28
    target 49
  ]
  edge [
    source 28
    target 50
  ]
  edge [
    source 28
    target 51
  ]
  edge [
    source 28
    target 52
  ]
  edge [
    source 28
    target 53
  ]
  edge [
    source 28
    target 60
  ]
  edge [
    source 28
    target 61
  ]
  edge [
    source 28
    target 62
  ]
  edge [
    source 28
    target 63
  ]
  edge [
    source 28
    target 64
  ]
  edge [
    source 28
    target 65
  ]
  edge [
    source 28
    target 66
  ]
  edge [
    source 28
    target 67
  ]
  edge [
    source 28
    target 68
  ]
  edge [
    source 28
    target 69
  ]
  edge [
    source 28
    target 70
  ]
  edge [
    source 28
    target 71
  ]
  edge [
    source 28
    target 72
  ]
  edge [
    source 28
    target 79
  ]
  edge [
    source 28
    target 80
  ]
  edge [
    source 28
    target 81
  ]
  edge [
    source 28
    target 82
  ]
  edge [
    source 28
    target 83
  ]
  edge [
    source 28
    target 84
  ]
  edge [
    source 28
    target 85
  ]
  edge [
    source 28
    target 86
  ]
  edge [
    source 28
    target 87
  ]
  edge [
    source 28
    target 88
  ]
  edge [
    source 28
    target 89
  ]
  edge [
    source 28
    target 90
  ]
  edge [
    source 28
    target 91
  ]
  edge [
    source 28
    target 98
  ]
  edge [
    source 28
    target 99
  ]
  edge [
    source 28
    target 100
  ]
  edge [
    source 28
    target 101
  ]
  edge [
    source 28
    target 102
  ]
  edge [
    source 28
    target 103
  ]
  edge [
    source 28
    target 104
  ]
  edge [
    source 28
    target 105
  ]
  edge [
    source 28
    target 106
  ]
  edge [
    source 28
    target 107
  ]
  edge [
    source 28
    target 108
  ]
  edge [
    source 28
    target 109
  ]
  edge [
    source 28
    target 110
  ]
  edge [
    source 28
    target 118
  ]
  edge [
    source 28
    target 119
  ]
  edge [
    source 28
    target 120
  ]
  edge [
    source 28
    target 121
  ]
  edge [
    source 28
    target 122
  ]
  edge [
    source 29
    target 187
  ]
  edge [
    source 29
    target 186
  ]
  edge [
    source 29
    target 185
  ]
  edge [
    source 29
    target 184
  ]
  edge [
    source 29
    target 183
  ]
  edge [
    source 29
    target 182
  ]
  edge [
    source 29
    target 181
  ]
  edge [
    source 29
    target 180
  ]
  edge [
    source 29
    target 179
  ]
  edge [
    source 29
    target 178
  ]
  edge [
    source 29
    target 177
  ]
  edge [
    source 29
    target 176
  ]
  edge [
    source 29
    target 175
  ]
  edge [
    source 29
    target 168
  ]
  edge [
    source 29
    target 167
  ]
  edge [
    source 29
    target 166
  ]
  edge [
    source 29
    target 165
  ]
  edge [
    source 29
    target 164
  ]
  edge [
    source 29
    target 163
  ]
  edge [
    source 29
    target 162
  ]
  edge [
    source 29
    target 161
  ]
  edge [
    source 29
    target 160
  ]
  edge [
    source 29
    target 159
  ]
  edge [
    source 29
    target 158
  ]
  edge [
    source 29
    target 157
  ]
  edge [
    source 29
    target 156
  ]
  edge [
    source 29
    target 149
  ]
  edge [
    source 29
    target 148
  ]
  edge [
    source 29
    target 147
  ]
  edge [
    source 29
    target 146
  ]
  edge [
    source 29
    target 145
  ]
  edge [
    source 29
    target 144
  ]
  edge [
    source 29
    target 143
  ]
  edge [
    source 29
    target 142
  ]
  edge [
    source 29
    target 141
  ]
  edge [
    source 29
    target 140
  ]
  edge [
    source 29
    target 139
  ]
  edge [
    source 29
    target 138
  ]
  edge [
    source 29
    target 137
  ]
  edge [
    source 29
    target 129
  ]
  edge [
    source 29
    target 128
  ]
  edge [
    source 29
    target 127
  ]
  edge [
    source 29
    target 126
  ]
  edge [
    source 29
    target 125
  ]
  edge [
    source 29
    target 124
  ]
  edge [
    source 29
    target 30
  ]
  edge [
    source 29
    target 31
  ]
  edge [
    source 29
    target 32
  ]
  edge [
    source 29
    target 33
  ]
  edge [
    source 29
    target 34
  ]
  edge [
    source 29
    target 35
  ]
  edge [
    source 29
    target 42
  ]
  edge [
    source 29
    target 43
  ]
  edge [
    source 29
    target 44
  ]
  edge [
    source 29
    target 45
  ]
  edge [
    source 29
    target 46
  ]
  edge [
    source 29
    target 47
  ]
  edge [
    source 29
    target 48
  ]
  edge [
    source 29
    target 49
  ]
  edge [
    source 29
    target 50
  ]
  edge [
    source 29
    target 51
  ]
  edge [
    source 29
    target 52
  ]
  edge [
    source 29
    target 53
  ]
  edge [
    source 29
    target 54
  ]
  edge [
    source 29
    target 61
  ]
  edge [
    source 29
    target 62
  ]
  edge [
    source 29
    target 63
  ]
  edge [
    source 29
    target 64
  ]
  edge [
    source 29
    target 65
  ]
  edge [
    source 29
    target 66
  ]
  edge [
    source 29
    target 67
  ]
  edge [
    source 29
    target 68
  ]
  edge [
    source 29
    target 69
  ]
  edge [
    source 29
    target 70
  ]
  edge [
    source 29
    target 71
  ]
  edge [
    source 29
    target 72
  ]
  edge [
    source 29
    target 73
  ]
  edge [
    source 29
    target 80
  ]
  edge [
    source 29
    target 81
  ]
  edge [
    source 29
    target 82
  ]
  edge [
    source 29
    target 83
  ]
  edge [
    source 29
    target 84
  ]
  edge [
    source 29
    target 85
  ]
  edge [
    source 29
    target 86
  ]
  edge [
    source 29
    target 87
  ]
  edge [
    source 29
    target 88
  ]
  edge [
    source 29
    target 89
  ]
  edge [
    source 29
    target 90
  ]
  edge [
    source 29
    target 91
  ]
  edge [
    source 29
    target 92
  ]
  edge [
    source 29
    target 99
  ]
  edge [
    source 29
    target 100
  ]
  edge [
    source 29
    target 101
  ]
  edge [
    source 29
    target 102
  ]
  edge [
    source 29
    target 103
  ]
  edge [
    source 29
    target 104
  ]
  edge [
    source 29
    target 105
  ]
  edge [
    source 29
    target 106
  ]
  edge [
    source 29
    target 107
  ]
  edge [
    source 29
    target 108
  ]
  edge [
    source 29
    target 109
  ]
  edge [
    source 29
    target 110
  ]
  edge [
    source 29
    target 111
  ]
  edge [
    source 29
    target 119
  ]
  edge [
    source 29
    target 120
  ]
  edge [
    source 29
    target 121
  ]
  edge [
    source 29
    target 122
  ]
  edge [
    source 29
    target 123
  ]
  edge [
    source 30
    target 188
  ]
  edge [
    source 30
    target 187
  ]
  edge [
    source 30
    target 186
  ]
  edge [
    source 30
    target 185
  ]
  edge [
    source 30
    target 184
  ]
  edge [
    source 30
    target 183
  ]
  edge [
    source 30
    target 182
  ]
  edge [
    source 30
    target 181
  ]
  edge [
    source 30
    target 180
  ]
  edge [
    source 30
    target 179
  ]
  edge [
    source 30
    target 178
  ]
  edge [
    source 30
    target 177
  ]
  edge [
    source 30
    target 176
  ]
  edge [
    source 30
    target 169
  ]
  edge [
    source 30
    target 168
  ]
  edge [
    source 30
    target 167
  ]
  edge [
    source 30
    target 166
  ]
  edge [
    source 30
    target 165
  ]
  edge [
    source 30
    target 164
  ]
  edge [
    source 30
    target 163
  ]
  edge [
    source 30
    target 162
  ]
  edge [
    source 30
    target 161
  ]
  edge [
    source 30
    target 160
  ]
  edge [
    source 30
    target 159
  ]
  edge [
    source 30
    target 158
  ]
  edge [
    source 30
    target 157
  ]
  edge [
    source 30
    target 150
  ]
  edge [
    source 30
    target 149
  ]
  edge [
    source 30
    target 148
  ]
  edge [
    source 30
    target 147
  ]
  edge [
    source 30
    target 146
  ]
  edge [
    source 30
    target 145
  ]
  edge [
    source 30
    target 144
  ]
  edge [
    source 30
    target 143
  ]
  edge [
    source 30
    target 142
  ]
  edge [
    source 30
    target 141
  ]
  edge [
    source 30
    target 140
  ]
  edge [
    source 30
    target 139
  ]
  edge [
    source 30
    target 138
  ]
  edge [
    source 30
    target 130
  ]
  edge [
    source 30
    target 129
  ]
  edge [
    source 30
    target 128
  ]
  edge [
    source 30
    target 127
  ]
  edge [
    source 30
    target 126
  ]
  edge [
    source 30
    target 125
  ]
  edge [
    source 30
    target 31
  ]
  edge [
    source 30
    target 32
  ]
  edge [
    source 30
    target 33
  ]
  edge [
    source 30
    target 34
  ]
  edge [
    source 30
    target 35
  ]
  edge [
    source 30
    target 36
  ]
  edge [
    source 30
    target 43
  ]
  edge [
    source 30
    target 44
  ]
  edge [
    source 30
    target 45
  ]
  edge [
    source 30
    target 46
  ]
  edge [
    source 30
    target 47
  ]
  edge [
    source 30
    target 48
  ]
  edge [
    source 30
    target 49
  ]
  edge [
    source 30
    target 50
  ]
  edge [
    source 30
    target 51
  ]
  edge [
    source 30
    target 52
  ]
  edge [
    source 30
    target 53
  ]
  edge [
    source 30
    target 54
  ]
  edge [
    source 30
    target 55
  ]
  edge [
    source 30
    target 62
  ]
  edge [
    source 30
    target 63
  ]
  edge [
    source 30
    target 64
  ]
  edge [
    source 30
    target 65
  ]
  edge [
    source 30
    target 66
  ]
  edge [
    source 30
    target 67
  ]
  edge [
    source 30
    target 68
  ]
  edge [
    source 30
    target 69
  ]
  edge [
    source 30
    target 70
  ]
  edge [
    source 30
    target 71
  ]
  edge [
    source 30
    target 72
  ]
  edge [
    source 30
    target 73
  ]
  edge [
    source 30
    target 74
  ]
  edge [
    source 30
    target 81
  ]
  edge [
    source 30
    target 82
  ]
  edge [
    source 30
    target 83
  ]
  edge [
    source 30
    target 84
  ]
  edge [
    source 30
    target 85
  ]
  edge [
    source 30
    target 86
  ]
  edge [
    source 30
    target 87
  ]
  edge [
    source 30
    target 88
  ]
  edge [
    source 30
    target 89
  ]
  edge [
    source 30
    target 90
  ]
  edge [
    source 30
    target 91
  ]
  edge [
    source 30
    target 92
  ]
  edge [
    source 30
    target 93
  ]
  edge [
    source 30
    target 100
  ]
  edge [
    source 30
    target 101
  ]
  edge [
    source 30
    target 102
  ]
  edge [
    source 30
    target 103
  ]
  edge [
    source 30
    target 104
  ]
  edge [
    source 30
    target 105
  ]
  edge [
    source 30
    target 106
  ]
  edge [
    source 30
    target 107
  ]
  edge [
    source 30
    target 108
  ]
  edge [
    source 30
    target 109
  ]
  edge [
    source 30
    target 110
  ]
  edge [
    source 30
    target 111
  ]
  edge [
    source 30
    target 112
  ]
  edge [
    source 30
    target 120
  ]
  edge [
    source 30
    target 121
  ]
  edge [
    source 30
    target 122
  ]
  edge [
    source 30
    target 123
  ]
  edge [
    source 30
    target 124
  ]
  edge [
    source 31
    target 189
  ]
  edge [
    source 31
    target 188
  ]
  edge [
    source 31
    target 187
  ]
  edge [
    source 31
    target 186
  ]
  edge [
    source 31
    target 185
  ]
  edge [
    source 31
    target 184
  ]
  edge [
    source 31
    target 183
  ]
  edge [
    source 31
    target 182
  ]
  edge [
    source 31
    target 181
  ]
  edge [
    source 31
    target 180
  ]
  edge [
    source 31
    target 179
  ]
  edge [
    source 31
    target 178
  ]
  edge [
    source 31
    target 177
  ]
  edge [
    source 31
    target 170
  ]
  edge [
    source 31
    target 169
  ]
  edge [
    source 31
    target 168
  ]
  edge [
    source 31
    target 167
  ]
  edge [
    source 31
    target 166
  ]
  edge [
    source 31
    target 165
  ]
  edge [
    source 31
    target 164
  ]
  edge [
    source 31
    target 163
  ]
  edge [
    source 31
    target 162
  ]
  edge [
    source 31
    target 161
  ]
  edge [
    source 31
    target 160
  ]
  edge [
    source 31
    target 159
  ]
  edge [
    source 31
    target 158
  ]
  edge [
    source 31
    target 151
  ]
  edge [
    source 31
    target 150
  ]
  edge [
    source 31
    target 149
  ]
  edge [
    source 31
    target 148
  ]
  edge [
    source 31
    target 147
  ]
  edge [
    source 31
    target 146
  ]
  edge [
    source 31
    target 145
  ]
  edge [
    source 31
    target 144
  ]
  edge [
    source 31
    target 143
  ]
  edge [
    source 31
    target 142
  ]
  edge [
    source 31
    target 141
  ]
  edge [
    source 31
    target 140
  ]
  edge [
    source 31
    target 139
  ]
  edge [
    source 31
    target 131
  ]
  edge [
    source 31
    target 130
  ]
  edge [
    source 31
    target 129
  ]
  edge [
    source 31
    target 128
  ]
  edge [
    source 31
    target 127
  ]
  edge [
    source 31
    target 126
  ]
  edge [
    source 31
    target 32
  ]
  edge [
    source 31
    target 33
  ]
  edge [
    source 31
    target 34
  ]
  edge [
    source 31
    target 35
  ]
  edge [
    source 31
    target 36
  ]
  edge [
    source 31
    target 37
  ]
  edge [
    source 31
    target 44
  ]
  edge [
    source 31
    target 45
  ]
  edge [
    source 31
    target 46
  ]
  edge [
    source 31
    target 47
  ]
  edge [
    source 31
    target 48
  ]
  edge [
    source 31
    target 49
  ]
  edge [
    source 31
    target 50
  ]
  edge [
    source 31
    target 51
  ]
  edge [
    source 31
    target 52
  ]
  edge [
    source 31
    target 53
  ]
  edge [
    source 31
    target 54
  ]
  edge [
    source 31
    target 55
  ]
  edge [
    source 31
    target 56
  ]
  edge [
    source 31
    target 63
  ]
  edge [
    source 31
    target 64
  ]
  edge [
    source 31
    target 65
  ]
  edge [
    source 31
    target 66
  ]
  edge [
    source 31
    target 67
  ]
  edge [
    source 31
    target 68
  ]
  edge [
    source 31
    target 69
  ]
  edge [
    source 31
    target 70
  ]
  edge [
    source 31
    target 71
  ]
  edge [
    source 31
    target 72
  ]
  edge [
    source 31
    target 73
  ]
  edge [
    source 31
    target 74
  ]
  edge [
    source 31
    target 75
  ]
  edge [
    source 31
    target 82
  ]
  edge [
    source 31
    target 83
  ]
  edge [
    source 31
    target 84
  ]
  edge [
    source 31
    target 85
  ]
  edge [
    source 31
    target 86
  ]
  edge [
    source 31
    target 87
  ]
  edge [
    source 31
    target 88
  ]
  edge [
    source 31
    target 89
  ]
  edge [
    source 31
    target 90
  ]
  edge [
    source 31
    target 91
  ]
  edge [
    source 31
    target 92
  ]
  edge [
    source 31
    target 93
  ]
  edge [
    source 31
    target 94
  ]
  edge [
    source 31
    target 101
  ]
  edge [
    source 31
    target 102
  ]
  edge [
    source 31
    target 103
  ]
  edge [
    source 31
    target 104
  ]
  edge [
    source 31
    target 105
  ]
  edge [
    source 31
    target 106
  ]
  edge [
    source 31
    target 107
  ]
  edge [
    source 31
    target 108
  ]
  edge [
    source 31
    target 109
  ]
  edge [
    source 31
    target 110
  ]
  edge [
    source 31
    target 111
  ]
  edge [
    source 31
    target 112
  ]
  edge [
    source 31
    target 113
  ]
  edge [
    source 31
    target 121
  ]
  edge [
    source 31
    target 122
  ]
  edge [
    source 31
    target 123
  ]
  edge [
    source 31
    target 124
  ]
  edge [
    source 31
    target 125
  ]
  edge [
    source 32
    target 189
  ]
  edge [
    source 32
    target 188
  ]
  edge [
    source 32
    target 187
  ]
  edge [
    source 32
    target 186
  ]
  edge [
    source 32
    target 185
  ]
  edge [
    source 32
    target 184
  ]
  edge [
    source 32
    target 183
  ]
  edge [
    source 32
    target 182
  ]
  edge [
    source 32
    target 181
  ]
  edge [
    source 32
    target 180
  ]
  edge [
    source 32
    target 179
  ]
  edge [
    source 32
    target 178
  ]
  edge [
    source 32
    target 171
  ]
  edge [
    source 32
    target 170
  ]
  edge [
    source 32
    target 169
  ]
  edge [
    source 32
    target 168
  ]
  edge [
    source 32
    target 167
  ]
  edge [
    source 32
    target 166
  ]
  edge [
    source 32
    target 165
  ]
  edge [
    source 32
    target 164
  ]
  edge [
    source 32
    target 163
  ]
  edge [
    source 32
    target 162
  ]
  edge [
    source 32
    target 161
  ]
  edge [
    source 32
    target 160
  ]
  edge [
    source 32
    target 159
  ]
  edge [
    source 32
    target 152
  ]
  edge [
    source 32
    target 151
  ]
  edge [
    source 32
    target 150
  ]
  edge [
    source 32
    target 149
  ]
  edge [
    source 32
    target 148
  ]
  edge [
    source 32
    target 147
  ]
  edge [
    source 32
    target 146
  ]
  edge [
    source 32
    target 145
  ]
  edge [
    source 32
    target 144
  ]
  edge [
    source 32
    target 143
  ]
  edge [
    source 32
    target 142
  ]
  edge [
    source 32
    target 141
  ]
  edge [
    source 32
    target 140
  ]
  edge [
    source 32
    target 132
  ]
  edge [
    source 32
    target 131
  ]
  edge [
    source 32
    target 130
  ]
  edge [
    source 32
    target 129
  ]
  edge [
    source 32
    target 128
  ]
  edge [
    source 32
    target 127
  ]
  edge [
    source 32
    target 33
  ]
  edge [
    source 32
    target 34
  ]
  edge [
    source 32
    target 35
  ]
  edge [
    source 32
    target 36
  ]
  edge [
    source 32
    target 37
  ]
  edge [
    source 32
    target 38
  ]
  edge [
    source 32
    target 45
  ]
  edge [
    source 32
    target 46
  ]
  edge [
    source 32
    target 47
  ]
  edge [
    source 32
    target 48
  ]
  edge [
    source 32
    target 49
  ]
  edge [
    source 32
    target 50
  ]
  edge [
    source 32
    target 51
  ]
  edge [
    source 32
    target 52
  ]
  edge [
    source 32
    target 53
  ]
  edge [
    source 32
    target 54
  ]
  edge [
    source 32
    target 55
  ]
  edge [
    source 32
    target 56
  ]
  edge [
    source 32
    target 57
  ]
  edge [
    source 32
    target 64
  ]
  edge [
    source 32
    target 65
  ]
  edge [
    source 32
    target 66
  ]
  edge [
    source 32
    target 67
  ]
  edge [
    source 32
    target 68
  ]
  edge [
    source 32
    target 69
  ]
  edge [
    source 32
    target 70
  ]
  edge [
    source 32
    target 71
  ]
  edge [
    source 32
    target 72
  ]
  edge [
    source 32
    target 73
  ]
  edge [
    source 32
    target 74
  ]
  edge [
    source 32
    target 75
  ]
  edge [
    source 32
    target 76
  ]
  edge [
    source 32
    target 83
  ]
  edge [
    source 32
    target 84
  ]
  edge [
    source 32
    target 85
  ]
  edge [
    source 32
    target 86
  ]
  edge [
    source 32
    target 87
  ]
  edge [
    source 32
    target 88
  ]
  edge [
    source 32
    target 89
  ]
  edge [
    source 32
    target 90
  ]
  edge [
    source 32
    target 91
  ]
  edge [
    source 32
    target 92
  ]
  edge [
    source 32
    target 93
  ]
  edge [
    source 32
    target 94
  ]
  edge [
    source 32
    target 95
  ]
  edge [
    source 32
    target 102
  ]
  edge [
    source 32
    target 103
  ]
  edge [
    source 32
    target 104
  ]
  edge [
    source 32
    target 105
  ]
  edge [
    source 32
    target 106
  ]
  edge [
    source 32
    target 107
  ]
  edge [
    source 32
    target 108
  ]
  edge [
    source 32
    target 109
  ]
  edge [
    source 32
    target 110
  ]
  edge [
    source 32
    target 111
  ]
  edge [
    source 32
    target 112
  ]
  edge [
    source 32
    target 113
  ]
  edge [
    source 32
    target 114
  ]
  edge [
    source 32
    target 122
  ]
  edge [
    source 32
    target 123
  ]
  edge [
    source 32
    target 124
  ]
  edge [
    source 32
    target 125
  ]
  edge [
    source 32
    target 126
  ]
  edge [
    source 33
    target 189
  ]
  edge [
    source 33
    target 188
  ]
  edge [
    source 33
    target 187
  ]
  edge [
    source 33
    target 186
  ]
  edge [
    source 33
    target 185
  ]
  edge [
    source 33
    target 184
  ]
  edge [
    source 33
    target 183
  ]
  edge [
    source 33
    target 182
  ]
  edge [
    source 33
    target 181
  ]
  edge [
    source 33
    target 180
  ]
  edge [
    source 33
    target 179
  ]
  edge [
    source 33
    target 172
  ]
  edge [
    source 33
    target 171
  ]
  edge [
    source 33
    target 170
  ]
  edge [
    source 33
    target 169
  ]
  edge [
    source 33
    target 168
  ]
  edge [
    source 33
    target 167
  ]
  edge [
    source 33
    target 166
  ]
  edge [
    source 33
    target 165
  ]
  edge [
    source 33
    target 164
  ]
  edge [
    source 33
    target 163
  ]
  edge [
    source 33
    target 162
  ]
  edge [
    source 33
    target 161
  ]
  edge [
    source 33
    target 160
  ]
  edge [
    source 33
    target 153
  ]
  edge [
    source 33
    target 152
  ]
  edge [
    source 33
    target 151
  ]
  edge [
    source 33
    target 150
  ]
  edge [
    source 33
    target 149
  ]
  edge [
    source 33
    target 148
  ]
  edge [
    source 33
    target 147
  ]
  edge [
    source 33
    target 146
  ]
  edge [
    source 33
    target 145
  ]
  edge [
    source 33
    target 144
  ]
  edge [
    source 33
    target 143
  ]
  edge [
    source 33
    target 142
  ]
  edge [
    source 33
    target 141
  ]
  edge [
    source 33
    target 133
  ]
  edge [
    source 33
    target 132
  ]
  edge [
    source 33
    target 131
  ]
  edge [
    source 33
    target 130
  ]
  edge [
    source 33
    target 129
  ]
  edge [
    source 33
    target 128
  ]
  edge [
    source 33
    target 34
  ]
  edge [
    source 33
    target 35
  ]
  edge [
    source 33
    target 36
  ]
  edge [
    source 33
    target 37
  ]
  edge [
    source 33
    target 38
  ]
  edge [
    source 33
    target 39
  ]
  edge [
    source 33
    target 46
  ]
  edge [
    source 33
    target 47
  ]
  edge [
    source 33
    target 48
  ]
  edge [
    source 33
    target 49
  ]
  edge [
    source 33
    target 50
  ]
  edge [
    source 33
    target 51
  ]
  edge [
    source 33
    target 52
  ]
  edge [
    source 33
    target 53
  ]
  edge [
    source 33
    target 54
  ]
  edge [
    source 33
    target 55
  ]
  edge [
    source 33
    target 56
  ]
  edge [
    source 33
    target 57
  ]
  edge [
    source 33
    target 58
  ]
  edge [
    source 33
    target 65
  ]
  edge [
    source 33
    target 66
  ]
  edge [
    source 33
    target 67
  ]
  edge [
    source 33
    target 68
  ]
  edge [
    source 33
    target 69
  ]
  edge [
    source 33
    target 70
  ]
  edge [
    source 33
    target 71
  ]
  edge [
    source 33
    target 72
  ]
  edge [
    source 33
    target 73
  ]
  edge [
    source 33
    target 74
  ]
  edge [
    source 33
    target 75
  ]
  edge [
    source 33
    target 76
  ]
  edge [
    source 33
    target 77
  ]
  edge [
    source 33
    target 84
  ]
  edge [
    source 33
    target 85
  ]
  edge [
    source 33
    target 86
  ]
  edge [
    source 33
    target 87
  ]
  edge [
    source 33
    target 88
  ]
  edge [
    source 33
    target 89
  ]
  edge [
    source 33
    target 90
  ]
  edge [
    source 33
    target 91
  ]
  edge [
    source 33
    target 92
  ]
  edge [
    source 33
    target 93
  ]
  edge [
    source 33
    target 94
  ]
  edge [
    source 33
    target 95
  ]
  edge [
    source 33
    target 96
  ]
  edge [
    source 33
    target 103
  ]
  edge [
    source 33
    target 104
  ]
  edge [
    source 33
    target 105
  ]
  edge [
    source 33
    target 106
  ]
  edge [
    source 33
    target 107
  ]
  edge [
    source 33
    target 108
  ]
  edge [
    source 33
    target 109
  ]
  edge [
    source 33
    target 110
  ]
  edge [
    source 33
    target 111
  ]
  edge [
    source 33
    target 112
  ]
  edge [
    source 33
    target 113
  ]
  edge [
    source 33
    target 114
  ]
  edge [
    source 33
    target 115
  ]
  edge [
    source 33
    target 123
  ]
  edge [
    source 33
    target 124
  ]
  edge [
    source 33
    target 125
  ]
  edge [
    source 33
    target 126
  ]
  edge [
    source 33
    target 127
  ]
  edge [
    source 34
    target 189
  ]
  edge [
    source 34
    target 188
  ]
  edge [
    source 34
    target 187
  ]
  edge [
    source 34
    target 186
  ]
  edge [
    source 34
    target 185
  ]
  edge [
    source 34
    target 184
  ]
  edge [
    source 34
    target 183
  ]
  edge [
    source 34
    target 182
  ]
  edge [
    source 34
    target 181
  ]
  edge [
    source 34
    target 180
  ]
  edge [
    source 34
    target 173
  ]
  edge [
    source 34
    target 172
  ]
  edge [
    source 34
    target 171
  ]
  edge [
    source 34
    target 170
  ]
  edge [
    source 34
    target 169
  ]
  edge [
    source 34
    target 168
  ]
  edge [
    source 34
    target 167
  ]
  edge [
    source 34
    target 166
  ]
  edge [
    source 34
    target 165
  ]
  edge [
    source 34
    target 164
  ]
  edge [
    source 34
    target 163
  ]
  edge [
    source 34
    target 162
  ]
  edge [
    source 34
    target 161
  ]
  edge [
    source 34
    target 154
  ]
  edge [
    source 34
    target 153
  ]
  edge [
    source 34
    target 152
  ]
  edge [
    source 34
    target 151
  ]
  edge [
    source 34
    target 150
  ]
  edge [
    source 34
    target 149
  ]
  edge [
    source 34
    target 148
  ]
  edge [
    source 34
    target 147
  ]
  edge [
    source 34
    target 146
  ]
  edge [
    source 34
    target 145
  ]
  edge [
    source 34
    target 144
  ]
  edge [
    source 34
    target 143
  ]
  edge [
    source 34
    target 142
  ]
  edge [
    source 34
    target 134
  ]
  edge [
    source 34
    target 133
  ]
  edge [
    source 34
    target 132
  ]
  edge [
    source 34
    target 131
  ]
  edge [
    source 34
    target 130
  ]
  edge [
    source 34
    target 129
  ]
  edge [
    source 34
    target 35
  ]
  edge [
    source 34
    target 36
  ]
  edge [
    source 34
    target 37
  ]
  edge [
    source 34
    target 38
  ]
  edge [
    source 34
    target 39
  ]
  edge [
    source 34
    target 40
  ]
  edge [
    source 34
    target 47
  ]
  edge [
    source 34
    target 48
  ]
  edge [
    source 34
    target 49
  ]
  edge [
    source 34
    target 50
  ]
  edge [
    source 34
    target 51
  ]
  edge [
    source 34
    target 52
  ]
  edge [
    source 34
    target 53
  ]
  edge [
    source 34
    target 54
  ]
  edge [
    source 34
    target 55
  ]
  edge [
    source 34
    target 56
  ]
  edge [
    source 34
    target 57
  ]
  edge [
    source 34
    target 58
  ]
  edge [
    source 34
    target 59
  ]
  edge [
    source 34
    target 66
  ]
  edge [
    source 34
    target 67
  ]
  edge [
    source 34
    target 68
  ]
  edge [
    source 34
    target 69
  ]
  edge [
    source 34
    target 70
  ]
  edge [
    source 34
    target 71
  ]
  edge [
    source 34
    target 72
  ]
  edge [
    source 34
    target 73
  ]
  edge [
    source 34
    target 74
  ]
  edge [
    source 34
    target 75
  ]
  edge [
    source 34
    target 76
  ]
  edge [
    source 34
    target 77
  ]
  edge [
    source 34
    target 78
  ]
  edge [
    source 34
    target 85
  ]
  edge [
    source 34
    target 86
  ]
  edge [
    source 34
    target 87
  ]
  edge [
    source 34
    target 88
  ]
  edge [
    source 34
    target 89
  ]
  edge [
    source 34
    target 90
  ]
  edge [
    source 34
    target 91
  ]
  edge [
    source 34
    target 92
  ]
  edge [
    source 34
    target 93
  ]
  edge [
    source 34
    target 94
  ]
  edge [
    source 34
    target 95
  ]
  edge [
    source 34
    target 96
  ]
  edge [
    source 34
    target 97
  ]
  edge [
    source 34
    target 104
  ]
  edge [
    source 34
    target 105
  ]
  edge [
    source 34
    target 106
  ]
  edge [
    source 34
    target 107
  ]
  edge [
    source 34
    target 108
  ]
  edge [
    source 34
    target 109
  ]
  edge [
    source 34
    target 110
  ]
  edge [
    source 34
    target 111
  ]
  edge [
    source 34
    target 112
  ]
  edge [
    source 34
    target 113
  ]
  edge [
    source 34
    target 114
  ]
  edge [
    source 34
    target 115
  ]
  edge [
    source 34
    target 116
  ]
  edge [
    source 34
    target 124
  ]
  edge [
    source 34
    target 125
  ]
  edge [
    source 34
    target 126
  ]
  edge [
    source 34
    target 127
  ]
  edge [
    source 34
    target 128
  ]
  edge [
    source 35
    target 189
  ]
  edge [
    source 35
    target 188
  ]
  edge [
    source 35
    target 187
  ]
  edge [
    source 35
    target 186
  ]
  edge [
    source 35
    target 185
  ]
  edge [
    source 35
    target 184
  ]
  edge [
    source 35
    target 183
  ]
  edge [
    source 35
    target 182
  ]
  edge [
    source 35
    target 181
  ]
  edge [
    source 35
    target 174
  ]
  edge [
    source 35
    target 173
  ]
  edge [
    source 35
    target 172
  ]
  edge [
    source 35
    target 171
  ]
  edge [
    source 35
    target 170
  ]
  edge [
    source 35
    target 169
  ]
  edge [
    source 35
    target 168
  ]
  edge [
    source 35
    target 167
  ]
  edge [
    source 35
    target 166
  ]
  edge [
    source 35
    target 165
  ]
  edge [
    source 35
    target 164
  ]
  edge [
    source 35
    target 163
  ]
  edge [
    source 35
    target 162
  ]
  edge [
    source 35
    target 155
  ]
  edge [
    source 35
    target 154
  ]
  edge [
    source 35
    target 153
  ]
  edge [
    source 35
    target 152
  ]
  edge [
    source 35
    target 151
  ]
  edge [
    source 35
    target 150
  ]
  edge [
    source 35
    target 149
  ]
  edge [
    source 35
    target 148
  ]
  edge [
    source 35
    target 147
  ]
  edge [
    source 35
    target 146
  ]
  edge [
    source 35
    target 145
  ]
  edge [
    source 35
    target 144
  ]
  edge [
    source 35
    target 143
  ]
  edge [
    source 35
    target 135
  ]
  edge [
    source 35
    target 134
  ]
  edge [
    source 35
    target 133
  ]
  edge [
    source 35
    target 132
  ]
  edge [
    source 35
    target 131
  ]
  edge [
    source 35
    target 130
  ]
  edge [
    source 35
    target 36
  ]
  edge [
    source 35
    target 37
  ]
  edge [
    source 35
    target 38
  ]
  edge [
    source 35
    target 39
  ]
  edge [
    source 35
    target 40
  ]
  edge [
    source 35
    target 41
  ]
  edge [
    source 35
    target 48
  ]
  edge [
    source 35
    target 49
  ]
  edge [
    source 35
    target 50
  ]
  edge [
    source 35
    target 51
  ]
  edge [
    source 35
    target 52
  ]
  edge [
    source 35
    target 53
  ]
  edge [
    source 35
    target 54
  ]
  edge [
    source 35
    target 55
  ]
  edge [
    source 35
    target 56
  ]
  edge [
    source 35
    target 57
  ]
  edge [
    source 35
    target 58
  ]
  edge [
    source 35
    target 59
  ]
  edge [
    source 35
    target 60
  ]
  edge [
    source 35
    target 67
  ]
  edge [
    source 35
    target 68
  ]
  edge [
    source 35
    target 69
  ]
  edge [
    source 35
    target 70
  ]
  edge [
    source 35
    target 71
  ]
  edge [
    source 35
    target 72
  ]
  edge [
    source 35
    target 73
  ]
  edge [
    source 35
    target 74
  ]
  edge [
    source 35
    target 75
  ]
  edge [
    source 35
    target 76
  ]
  edge [
    source 35
    target 77
  ]
  edge [
    source 35
    target 78
  ]
  edge [
    source 35
    target 79
  ]
  edge [
    source 35
    target 86
  ]
  edge [
    source 35
    target 87
  ]
  edge [
    source 35
    target 88
  ]
  edge [
    source 35
    target 89
  ]
  edge [
    source 35
    target 90
  ]
  edge [
    source 35
    target 91
  ]
  edge [
    source 35
    target 92
  ]
  edge [
    source 35
    target 93
  ]
  edge [
    source 35
    target 94
  ]
  edge [
    source 35
    target 95
  ]
  edge [
    source 35
    target 96
  ]
  edge [
    source 35
    target 97
  ]
  edge [
    source 35
    target 98
  ]
  edge [
    source 35
    target 105
  ]
  edge [
    source 35
    target 106
  ]
  edge [
    source 35
    target 107
  ]
  edge [
    source 35
    target 108
  ]
  edge [
    source 35
    target 109
  ]
  edge [
    source 35
    target 110
  ]
  edge [
    source 35
    target 111
  ]
  edge [
    source 35
    target 112
  ]
  edge [
    source 35
    target 113
  ]
  edge [
    source 35
    target 114
  ]
  edge [
    source 35
    target 115
  ]
  edge [
    source 35
    target 116
  ]
  edge [
    source 35
    target 117
  ]
  edge [
    source 35
    target 125
  ]
  edge [
    source 35
    target 126
  ]
  edge [
    source 35
    target 127
  ]
  edge [
    source 35
    target 128
  ]
  edge [
    source 35
    target 129
  ]
  edge [
    source 36
    target 189
  ]
  edge [
    source 36
    target 188
  ]
  edge [
    source 36
    target 187
  ]
  edge [
    source 36
    target 186
  ]
  edge [
    source 36
    target 185
  ]
  edge [
    source 36
    target 184
  ]
  edge [
    source 36
    target 183
  ]
  edge [
    source 36
    target 182
  ]
  edge [
    source 36
    target 175
  ]
  edge [
    source 36
    target 174
  ]
  edge [
    source 36
    target 173
  ]
  edge [
    source 36
    target 172
  ]
  edge [
    source 36
    target 171
  ]
  edge [
    source 36
    target 170
  ]
  edge [
    source 36
    target 169
  ]
  edge [
    source 36
    target 168
  ]
  edge [
    source 36
    target 167
  ]
  edge [
    source 36
    target 166
  ]
  edge [
    source 36
    target 165
  ]
  edge [
    source 36
    target 164
  ]
  edge [
    source 36
    target 163
  ]
  edge [
    source 36
    target 156
  ]
  edge [
    source 36
    target 155
  ]
  edge [
    source 36
    target 154
  ]
  edge [
    source 36
    target 153
  ]
  edge [
    source 36
    target 152
  ]
  edge [
    source 36
    target 151
  ]
  edge [
    source 36
    target 150
  ]
  edge [
    source 36
    target 149
  ]
  edge [
    source 36
    target 148
  ]
  edge [
    source 36
    target 147
  ]
  edge [
    source 36
    target 146
  ]
  edge [
    source 36
    target 145
  ]
  edge [
    source 36
    target 144
  ]
  edge [
    source 36
    target 136
  ]
  edge [
    source 36
    target 135
  ]
  edge [
    source 36
    target 134
  ]
  edge [
    source 36
    target 133
  ]
  edge [
    source 36
    target 132
  ]
  edge [
    source 36
    target 131
  ]
  edge [
    source 36
    target 37
  ]
  edge [
    source 36
    target 38
  ]
  edge [
    source 36
    target 39
  ]
  edge [
    source 36
    target 40
  ]
  edge [
    source 36
    target 41
  ]
  edge [
    source 36
    target 42
  ]
  edge [
    source 36
    target 49
  ]
  edge [
    source 36
    target 50
  ]
  edge [
    source 36
    target 51
  ]
  edge [
    source 36
    target 52
  ]
  edge [
    source 36
    target 53
  ]
  edge [
    source 36
    target 54
  ]
  edge [
    source 36
    target 55
  ]
  edge [
    source 36
    target 56
  ]
  edge [
    source 36
    target 57
  ]
  edge [
    source 36
    target 58
  ]
  edge [
    source 36
    target 59
  ]
  edge [
    source 36
    target 60
  ]
  edge [
    source 36
    target 61
  ]
  edge [
    source 36
    target 68
  ]
  edge [
    source 36
    target 69
  ]
  edge [
    source 36
    target 70
  ]
  edge [
    source 36
    target 71
  ]
  edge [
    source 36
    target 72
  ]
  edge [
    source 36
    target 73
  ]
  edge [
    source 36
    target 74
  ]
  edge [
    source 36
    target 75
  ]
  edge [
    source 36
    target 76
  ]
  edge [
    source 36
    target 77
  ]
  edge [
    source 36
    target 78
  ]
  edge [
    source 36
    target 79
  ]
  edge [
    source 36
    target 80
  ]
  edge [
    source 36
    target 87
  ]
  edge [
    source 36
    target 88
  ]
  edge [
    source 36
    target 89
  ]
  edge [
    source 36
    target 90
  ]
  edge [
    source 36
    target 91
  ]
  edge [
    source 36
    target 92
  ]
  edge [
    source 36
    target 93
  ]
  edge [
    source 36
    target 94
  ]
  edge [
    source 36
    target 95
  ]
  edge [
    source 36
    target 96
  ]
  edge [
    source 36
    target 97
  ]
  edge [
    source 36
    target 98
  ]
  edge [
    source 36
    target 99
  ]
  edge [
    source 36
    target 106
  ]
  edge [
    source 36
    target 107
  ]
  edge [
    source 36
    target 108
  ]
  edge [
    source 36
    target 109
  ]
  edge [
    source 36
    target 110
  ]
  edge [
    source 36
    target 111
  ]
  edge [
    source 36
    target 112
  ]
  edge [
    source 36
    target 113
  ]
  edge [
    source 36
    target 114
  ]
  edge [
    source 36
    target 115
  ]
  edge [
    source 36
    target 116
  ]
  edge [
    source 36
    target 117
  ]
  edge [
    source 36
    target 118
  ]
  edge [
    source 36
    target 126
  ]
  edge [
    source 36
    target 127
  ]
  edge [
    source 36
    target 128
  ]
  edge [
    source 36
    target 129
  ]
  edge [
    source 36
    target 130
  ]
  edge [
    source 37
    target 189
  ]
  edge [
    source 37
    target 188
  ]
  edge [
    source 37
    target 187
  ]
  edge [
    source 37
    target 186
  ]
  edge [
    source 37
    target 185
  ]
  edge [
    source 37
    target 184
  ]
  edge [
    source 37
    target 183
  ]
  edge [
    source 37
    target 176
  ]
  edge [
    source 37
    target 175
  ]
  edge [
    source 37
    target 174
  ]
  edge [
    source 37
    target 173
  ]
  edge [
    source 37
    target 172
  ]
  edge [
    source 37
    target 171
  ]
  edge [
    source 37
    target 170
  ]
  edge [
    source 37
    target 169
  ]
  edge [
    source 37
    target 168
  ]
  edge [
    source 37
    target 167
  ]
  edge [
    source 37
    target 166
  ]
  edge [
    source 37
    target 165
  ]
  edge [
    source 37
    target 164
  ]
  edge [
    source 37
    target 157
  ]
  edge [
    source 37
    target 156
  ]
  edge [
    source 37
    target 155
  ]
  edge [
    source 37
    target 154
  ]
  edge [
    source 37
    target 153
  ]
  edge [
    source 37
    target 152
  ]
  edge [
    source 37
    target 151
  ]
  edge [
    source 37
    target 150
  ]
  edge [
    source 37
    target 149
  ]
  edge [
    source 37
    target 148
  ]
  edge [
    source 37
    target 147
  ]
  edge [
    source 37
    target 146
  ]
  edge [
    source 37
    target 145
  ]
  edge [
    source 37
    target 137
  ]
  edge [
    source 37
    target 136
  ]
  edge [
    source 37
    target 135
  ]
  edge [
    source 37
    target 134
  ]
  edge [
    source 37
    target 133
  ]
  edge [
    source 37
    target 132
  ]
  edge [
    source 37
    target 38
  ]
  edge [
    source 37
    target 39
  ]
  edge [
    source 37
    target 40
  ]
  edge [
    source 37
    target 41
  ]
  edge [
    source 37
    target 42
  ]
  edge [
    source 37
    target 43
  ]
  edge [
    source 37
    target 50
  ]
  edge [
    source 37
    target 51
  ]
  edge [
    source 37
    target 52
  ]
  edge [
    source 37
    target 53
  ]
  edge [
    source 37
    target 54
  ]
  edge [
    source 37
    target 55
  ]
  edge [
    source 37
    target 56
  ]
  edge [
    source 37
    target 57
  ]
  edge [
    source 37
    target 58
  ]
  edge [
    source 37
    target 59
  ]
  edge [
    source 37
    target 60
  ]
  edge [
    source 37
    target 61
  ]
  edge [
    source 37
    target 62
  ]
  edge [
    source 37
    target 69
  ]
  edge [
    source 37
    target 70
  ]
  edge [
    source 37
    target 71
  ]
  edge [
    source 37
    target 72
  ]
  edge [
    source 37
    target 73
  ]
  edge [
    source 37
    target 74
  ]
  edge [
    source 37
    target 75
  ]
  edge [
    source 37
    target 76
  ]
  edge [
    source 37
    target 77
  ]
  edge [
    source 37
    target 78
  ]
  edge [
    source 37
    target 79
  ]
  edge [
    source 37
    target 80
  ]
  edge [
    source 37
    target 81
  ]
  edge [
    source 37
    target 88
  ]
  edge [
    source 37
    target 89
  ]
  edge [
    source 37
    target 90
  ]
  edge [
    source 37
    target 91
  ]
  edge [
    source 37
    target 92
  ]
  edge [
    source 37
    target 93
  ]
  edge [
    source 37
    target 94
  ]
  edge [
    source 37
    target 95
  ]
  edge [
    source 37
    target 96
  ]
  edge [
    source 37
    target 97
  ]
  edge [
    source 37
    target 98
  ]
  edge [
    source 37
    target 99
  ]
  edge [
    source 37
    target 100
  ]
  edge [
    source 37
    target 107
  ]
  edge [
    source 37
    target 108
  ]
  edge [
    source 37
    target 109
  ]
  edge [
    source 37
    target 110
  ]
  edge [
    source 37
    target 111
  ]
  edge [
    source 37
    target 112
  ]
  edge [
    source 37
    target 113
  ]
  edge [
    source 37
    target 114
  ]
  edge [
    source 37
    target 115
  ]
  edge [
    source 37
    target 116
  ]
  edge [
    source 37
    target 117
  ]
  edge [
    source 37
    target 118
  ]
  edge [
    source 37
    target 119
  ]
  edge [
    source 37
    target 127
  ]
  edge [
    source 37
    target 128
  ]
  edge [
    source 37
    target 129
  ]
  edge [
    source 37
    target 130
  ]
  edge [
    source 37
    target 131
  ]
  edge [
    source 38
    target 189
  ]
  edge [
    source 38
    target 188
  ]
  edge [
    source 38
    target 187
  ]
  edge [
    source 38
    target 186
  ]
  edge [
    source 38
    target 185
  ]
  edge [
    source 38
    target 184
  ]
  edge [
    source 38
    target 177
  ]
  edge [
    source 38
    target 176
  ]
  edge [
    source 38
    target 175
  ]
  edge [
    source 38
    target 174
  ]
  edge [
    source 38
    target 173
  ]
  edge [
    source 38
    target 172
  ]
  edge [
    source 38
    target 171
  ]
  edge [
    source 38
    target 170
  ]
  edge [
    source 38
    target 169
  ]
  edge [
    source 38
    target 168
  ]
  edge [
    source 38
    target 167
  ]
  edge [
    source 38
    target 166
  ]
  edge [
    source 38
    target 165
  ]
  edge [
    source 38
    target 158
  ]
  edge [
    source 38
    target 157
  ]
  edge [
    source 38
    target 156
  ]
  edge [
    source 38
    target 155
  ]
  edge [
    source 38
    target 154
  ]
  edge [
    source 38
    target 153
  ]
  edge [
    source 38
    target 152
  ]
  edge [
    source 38
    target 151
  ]
  edge [
    source 38
    target 150
  ]
  edge [
    source 38
    target 149
  ]
  edge [
    source 38
    target 148
  ]
  edge [
    source 38
    target 147
  ]
  edge [
    source 38
    target 146
  ]
  edge [
    source 38
    target 138
  ]
  edge [
    source 38
    target 137
  ]
  edge [
    source 38
    target 136
  ]
  edge [
    source 38
    target 135
  ]
  edge [
    source 38
    target 134
  ]
  edge [
    source 38
    target 133
  ]
  edge [
    source 38
    target 39
  ]
  edge [
    source 38
    target 40
  ]
  edge [
    source 38
    target 41
  ]
  edge [
    source 38
    target 42
  ]
  edge [
    source 38
    target 43
  ]
  edge [
    source 38
    target 44
  ]
  edge [
    source 38
    target 51
  ]
  edge [
    source 38
    target 52
  ]
  edge [
    source 38
    target 53
  ]
  edge [
    source 38
    target 54
  ]
  edge [
    source 38
    target 55
  ]
  edge [
    source 38
    target 56
  ]
  edge [
    source 38
    target 57
  ]
  edge [
    source 38
    target 58
  ]
  edge [
    source 38
    target 59
  ]
  edge [
    source 38
    target 60
  ]
  edge [
    source 38
    target 61
  ]
  edge [
    source 38
    target 62
  ]
  edge [
    source 38
    target 63
  ]
  edge [
    source 38
    target 70
  ]
  edge [
    source 38
    target 71
  ]
  edge [
    source 38
    target 72
  ]
  edge [
    source 38
    target 73
  ]
  edge [
    source 38
    target 74
  ]
  edge [
    source 38
    target 75
  ]
  edge [
    source 38
    target 76
  ]
  edge [
    source 38
    target 77
  ]
  edge [
    source 38
    target 78
  ]
  edge [
    source 38
    target 79
  ]
  edge [
    source 38
    target 80
  ]
  edge [
    source 38
    target 81
  ]
  edge [
    source 38
    target 82
  ]
  edge [
    source 38
    target 89
  ]
  edge [
    source 38
    target 90
  ]
  edge [
    source 38
    target 91
  ]
  edge [
    source 38
    target 92
  ]
  edge [
    source 38
    target 93
  ]
  edge [
    source 38
    target 94
  ]
  edge [
    source 38
    target 95
  ]
  edge [
    source 38
    target 96
  ]
  edge [
    source 38
    target 97
  ]
  edge [
    source 38
    target 98
  ]
  edge [
    source 38
    target 99
  ]
  edge [
    source 38
    target 100
  ]
  edge [
    source 38
    target 101
  ]
  edge [
    source 38
    target 108
  ]
  edge [
    source 38
    target 109
  ]
  edge [
    source 38
    target 110
  ]
  edge [
    source 38
    target 111
  ]
  edge [
    source 38
    target 112
  ]
  edge [
    source 38
    target 113
  ]
  edge [
    source 38
    target 114
  ]
  edge [
    source 38
    target 115
  ]
  edge [
    source 38
    target 116
  ]
  edge [
    source 38
    target 117
  ]
  edge [
    source 38
    target 118
  ]
  edge [
    source 38
    target 119
  ]
  edge [
    source 38
    target 120
  ]
  edge [
    source 38
    target 128
  ]
  edge [
    source 38
    target 129
  ]
  edge [
    source 38
    target 130
  ]
  edge [
    source 38
    target 131
  ]
  edge [
    source 38
    target 132
  ]
  edge [
    source 39
    target 189
  ]
  edge [
    source 39
    target 188
  ]
  edge [
    source 39
    target 187
  ]
  edge [
    source 39
    target 186
  ]
  edge [
    source 39
    target 185
  ]
  edge [
    source 39
    target 178
  ]
  edge [
    source 39
    target 177
  ]
  edge [
    source 39
    target 176
  ]
  edge [
    source 39
    target 175
  ]
  edge [
    source 39
    target 174
  ]
  edge [
    source 39
    target 173
  ]
  edge [
    source 39
    target 172
  ]
  edge [
    source 39
    target 171
  ]
  edge [
    source 39
    target 170
  ]
  edge [
    source 39
    target 169
  ]
  edge [
    source 39
    target 168
  ]
  edge [
    source 39
    target 167
  ]
  edge [
    source 39
    target 166
  ]
  edge [
    source 39
    target 159
  ]
  edge [
    source 39
    target 158
  ]
  edge [
    source 39
    target 157
  ]
  edge [
    source 39
    target 156
  ]
  edge [
    source 39
    target 155
  ]
  edge [
    source 39
    target 154
  ]
  edge [
    source 39
    target 153
  ]
  edge [
    source 39
    target 152
  ]
  edge [
    source 39
    target 151
  ]
  edge [
    source 39
    target 150
  ]
  edge [
    source 39
    target 149
  ]
  edge [
    source 39
    target 148
  ]
  edge [
    source 39
    target 147
  ]
  edge [
    source 39
    target 139
  ]
  edge [
    source 39
    target 138
  ]
  edge [
    source 39
    target 137
  ]
  edge [
    source 39
    target 136
  ]
  edge [
    source 39
    target 135
  ]
  edge [
    source 39
    target 134
  ]
  edge [
    source 39
    target 40
  ]
  edge [
    source 39
    target 41
  ]
  edge [
    source 39
    target 42
  ]
  edge [
    source 39
    target 43
  ]
  edge [
    source 39
    target 44
  ]
  edge [
    source 39
    target 45
  ]
  edge [
    source 39
    target 52
  ]
  edge [
    source 39
    target 53
  ]
  edge [
    source 39
    target 54
  ]
  edge [
    source 39
    target 55
  ]
  edge [
    source 39
    target 56
  ]
  edge [
    source 39
    target 57
  ]
  edge [
    source 39
    target 58
  ]
  edge [
    source 39
    target 59
  ]
  edge [
    source 39
    target 60
  ]
  edge [
    source 39
    target 61
  ]
  edge [
    source 39
    target 62
  ]
  edge [
    source 39
    target 63
  ]
  edge [
    source 39
    target 64
  ]
  edge [
    source 39
    target 71
  ]
  edge [
    source 39
    target 72
  ]
  edge [
    source 39
    target 73
  ]
  edge [
    source 39
    target 74
  ]
  edge [
    source 39
    target 75
  ]
  edge [
    source 39
    target 76
  ]
  edge [
    source 39
    target 77
  ]
  edge [
    source 39
    target 78
  ]
  edge [
    source 39
    target 79
  ]
  edge [
    source 39
    target 80
  ]
  edge [
    source 39
    target 81
  ]
  edge [
    source 39
    target 82
  ]
  edge [
    source 39
    target 83
  ]
  edge [
    source 39
    target 90
  ]
  edge [
    source 39
    target 91
  ]
  edge [
    source 39
    target 92
  ]
  edge [
    source 39
    target 93
  ]
  edge [
    source 39
    target 94
  ]
  edge [
    source 39
    target 95
  ]
  edge [
    source 39
    target 96
  ]
  edge [
    source 39
    target 97
  ]
  edge [
    source 39
    target 98
  ]
  edge [
    source 39
    target 99
  ]
  edge [
    source 39
    target 100
  ]
  edge [
    source 39
    target 101
  ]
  edge [
    source 39
    target 102
  ]
  edge [
    source 39
    target 109
  ]
  edge [
    source 39
    target 110
  ]
  edge [
    source 39
    target 111
  ]
  edge [
    source 39
    target 112
  ]
  edge [
    source 39
    target 113
  ]
  edge [
    source 39
    target 114
  ]
  edge [
    source 39
    target 115
  ]
  edge [
    source 39
    target 116
  ]
  edge [
    source 39
    target 117
  ]
  edge [
    source 39
    target 118
  ]
  edge [
    source 39
    target 119
  ]
  edge [
    source 39
    target 120
  ]
  edge [
    source 39
    target 121
  ]
  edge [
    source 39
    target 129
  ]
  edge [
    source 39
    target 130
  ]
  edge [
    source 39
    target 131
  ]
  edge [
    source 39
    target 132
  ]
  edge [
    source 39
    target 133
  ]
  edge [
    source 40
    target 189
  ]
  edge [
    source 40
    target 188
  ]
  edge [
    source 40
    target 187
  ]
  edge [
    source 40
    target 186
  ]
  edge [
    source 40
    target 179
  ]
  edge [
    source 40
    target 178
  ]
  edge [
    source 40
    target 177
  ]
  edge [
    source 40
    target 176
  ]
  edge [
    source 40
    target 175
  ]
  edge [
    source 40
    target 174
  ]
  edge [
    source 40
    target 173
  ]
  edge [
    source 40
    target 172
  ]
  edge [
    source 40
    target 171
  ]
  edge [
    source 40
    target 170
  ]
  edge [
    source 40
    target 169
  ]
  edge [
    source 40
    target 168
  ]
  edge [
    source 40
    target 167
  ]
  edge [
    source 40
    target 160
  ]
  edge [
    source 40
    target 159
  ]
  edge [
    source 40
    target 158
  ]
  edge [
    source 40
    target 157
  ]
  edge [
    source 40
    target 156
  ]
  edge [
    source 40
    target 155
  ]
  edge [
    source 40
    target 154
  ]
  edge [
    source 40
    target 153
  ]
  edge [
    source 40
    target 152
  ]
  edge [
    source 40
    target 151
  ]
  edge [
    source 40
    target 150
  ]
  edge [
    source 40
    target 149
  ]
  edge [
    source 40
    target 148
  ]
  edge [
    source 40
    target 140
  ]
  edge [
    source 40
    target 139
  ]
  edge [
    source 40
    target 138
  ]
  edge [
    source 40
    target 137
  ]
  edge [
    source 40
    target 136
  ]
  edge [
    source 40
    target 135
  ]
  edge [
    source 40
    target 41
  ]
  edge [
    source 40
    target 42
  ]
  edge [
    source 40
    target 43
  ]
  edge [
    source 40
    target 44
  ]
  edge [
    source 40
    target 45
  ]
  edge [
    source 40
    target 46
  ]
  edge [
    source 40
    target 53
  ]
  edge [
    source 40
    target 54
  ]
  edge [
    source 40
    target 55
  ]
  edge [
    source 40
    target 56
  ]
  edge [
    source 40
    target 57
  ]
  edge [
    source 40
    target 58
  ]
  edge [
    source 40
    target 59
  ]
  edge [
    source 40
    target 60
  ]
  edge [
    source 40
    target 61
  ]
  edge [
    source 40
    target 62
  ]
  edge [
    source 40
    target 63
  ]
  edge [
    source 40
    target 64
  ]
  edge [
    source 40
    target 65
  ]
  edge [
    source 40
    target 72
  ]
  edge [
    source 40
    target 73
  ]
  edge [
    source 40
    target 74
  ]
  edge [
    source 40
    target 75
  ]
  edge [
    source 40
    target 76
  ]
  edge [
    source 40
    target 77
  ]
  edge [
    source 40
    target 78
  ]
  edge [
    source 40
    target 79
  ]
  edge [
    source 40
    target 80
  ]
  edge [
    source 40
    target 81
  ]
  edge [
    source 40
    target 82
  ]
  edge [
    source 40
    target 83
  ]
  edge [
    source 40
    target 84
  ]
  edge [
    source 40
    target 91
  ]
  edge [
    source 40
    target 92
  ]
  edge [
    source 40
    target 93
  ]
  edge [
    source 40
    target 94
  ]
  edge [
    source 40
    target 95
  ]
  edge [
    source 40
    target 96
  ]
  edge [
    source 40
    target 97
  ]
  edge [
    source 40
    target 98
  ]
  edge [
    source 40
    target 99
  ]
  edge [
    source 40
    target 100
  ]
  edge [
    source 40
    target 101
  ]
  edge [
    source 40
    target 102
  ]
  edge [
    source 40
    target 103
  ]
  edge [
    source 40
    target 110
  ]
  edge [
    source 40
    target 111
  ]
  edge [
    source 40
    target 112
  ]
  edge [
    source 40
    target 113
  ]
  edge [
    source 40
    target 114
  ]
  edge [
    source 40
    target 115
  ]
  edge [
    source 40
    target 116
  ]
  edge [
    source 40
    target 117
  ]
  edge [
    source 40
    target 118
  ]
  edge [
    source 40
    target 119
  ]
  edge [
    source 40
    target 120
  ]
  edge [
    source 40
    target 121
  ]
  edge [
    source 40
    target 122
  ]
  edge [
    source 40
    target 130
  ]
  edge [
    source 40
    target 131
  ]
  edge [
    source 40
    target 132
  ]
  edge [
    source 40
    target 133
  ]
  edge [
    source 40
    target 134
  ]
  edge [
    source 41
    target 189
  ]
  edge [
    source 41
    target 188
  ]
  edge [
    source 41
    target 187
  ]
  edge [
    source 41
    target 180
  ]
  edge [
    source 41
    target 179
  ]
  edge [
    source 41
    target 178
  ]
  edge [
    source 41
    target 177
  ]
  edge [
    source 41
    target 176
  ]
  edge [
    source 41
    target 175
  ]
  edge [
    source 41
    target 174
  ]
  edge [
    source 41
    target 173
  ]
  edge [
    source 41
    target 172
  ]
  edge [
    source 41
    target 171
  ]
  edge [
    source 41
    target 170
  ]
  edge [
    source 41
    target 169
  ]
  edge [
    source 41
    target 168
  ]
  edge [
    source 41
    target 161
  ]
  edge [
    source 41
    target 160
  ]
  edge [
    source 41
    target 159
  ]
  edge [
    source 41
    target 158
  ]
  edge [
    source 41
    target 157
  ]
  edge [
    source 41
    target 156
  ]
  edge [
    source 41
    target 155
  ]
  edge [
    source 41
    target 154
  ]
  edge [
    source 41
    target 153
  ]
  edge [
    source 41
    target 152
  ]
  edge [
    source 41
    target 151
  ]
  edge [
    source 41
    target 150
  ]
  edge [
    source 41
    target 149
  ]
  edge [
    source 41
    target 141
  ]
  edge [
    source 41
    target 140
  ]
  edge [
    source 41
    target 139
  ]
  edge [
    source 41
    target 138
  ]
  edge [
    source 41
    target 137
  ]
  edge [
    source 41
    target 136
  ]
  edge [
    source 41
    target 42
  ]
  edge [
    source 41
    target 43
  ]
  edge [
    source 41
    target 44
  ]
  edge [
    source 41
    target 45
  ]
  edge [
    source 41
    target 46
  ]
  edge [
    source 41
    target 47
  ]
  edge [
    source 41
    target 54
  ]
  edge [
    source 41
    target 55
  ]
  edge [
    source 41
    target 56
  ]
  edge [
    source 41
    target 57
  ]
  edge [
    source 41
    target 58
  ]
  edge [
    source 41
    target 59
  ]
  edge [
    source 41
    target 60
  ]
  edge [
    source 41
    target 61
  ]
  edge [
    source 41
    target 62
  ]
  edge [
    source 41
    target 63
  ]
  edge [
    source 41
    target 64
  ]
  edge [
    source 41
    target 65
  ]
  edge [
    source 41
    target 66
  ]
  edge [
    source 41
    target 73
  ]
  edge [
    source 41
    target 74
  ]
  edge [
    source 41
    target 75
  ]
  edge [
    source 41
    target 76
  ]
  edge [
    source 41
    target 77
  ]
  edge [
    source 41
    target 78
  ]
  edge [
    source 41
    target 79
  ]
  edge [
    source 41
    target 80
  ]
  edge [
    source 41
    target 81
  ]
  edge [
    source 41
    target 82
  ]
  edge [
    source 41
    target 83
  ]
  edge [
    source 41
    target 84
  ]
  edge [
    source 41
    target 85
  ]
  edge [
    source 41
    target 92
  ]
  edge [
    source 41
    target 93
  ]
  edge [
    source 41
    target 94
  ]
  edge [
    source 41
    target 95
  ]
  edge [
    source 41
    target 96
  ]
  edge [
    source 41
    target 97
  ]
  edge [
    source 41
    target 98
  ]
  edge [
    source 41
    target 99
  ]
  edge [
    source 41
    target 100
  ]
  edge [
    source 41
    target 101
  ]
  edge [
    source 41
    target 102
  ]
  edge [
    source 41
    target 103
  ]
  edge [
    source 41
    target 104
  ]
  edge [
    source 41
    target 111
  ]
  edge [
    source 41
    target 112
  ]
  edge [
    source 41
    target 113
  ]
  edge [
    source 41
    target 114
  ]
  edge [
    source 41
    target 115
  ]
  edge [
    source 41
    target 116
  ]
  edge [
    source 41
    target 117
  ]
  edge [
    source 41
    target 118
  ]
  edge [
    source 41
    target 119
  ]
  edge [
    source 41
    target 120
  ]
  edge [
    source 41
    target 121
  ]
  edge [
    source 41
    target 122
  ]
  edge [
    source 41
    target 123
  ]
  edge [
    source 41
    target 131
  ]
  edge [
    source 41
    target 132
  ]
  edge [
    source 41
    target 133
  ]
  edge [
    source 41
    target 134
  ]
  edge [
    source 41
    target 135
  ]
  edge [
    source 42
    target 189
  ]
  edge [
    source 42
    target 188
  ]
  edge [
    source 42
    target 181
  ]
  edge [
    source 42
    target 180
  ]
  edge [
    source 42
    target 179
  ]
  edge [
    source 42
    target 178
  ]
  edge [
    source 42
    target 177
  ]
  edge [
    source 42
    target 176
  ]
  edge [
    source 42
    target 175
  ]
  edge [
    source 42
    target 174
  ]
  edge [
    source 42
    target 173
  ]
  edge [
    source 42
    target 172
  ]
  edge [
    source 42
    target 171
  ]
  edge [
    source 42
    target 170
  ]
  edge [
    source 42
    target 169
  ]
  edge [
    source 42
    target 162
  ]
  edge [
    source 42
    target 161
  ]
  edge [
    source 42
    target 160
  ]
  edge [
    source 42
    target 159
  ]
  edge [
    source 42
    target 158
  ]
  edge [
    source 42
    target 157
  ]
  edge [
    source 42
    target 156
  ]
  edge [
    source 42
    target 155
  ]
  edge [
    source 42
    target 154
  ]
  edge [
    source 42
    target 153
  ]
  edge [
    source 42
    target 152
  ]
  edge [
    source 42
    target 151
  ]
  edge [
    source 42
    target 150
  ]
  edge [
    source 42
    target 142
  ]
  edge [
    source 42
    target 141
  ]
  edge [
    source 42
    target 140
  ]
  edge [
    source 42
    target 139
  ]
  edge [
    source 42
    target 138
  ]
  edge [
    source 42
    target 137
  ]
  edge [
    source 42
    target 43
  ]
  edge [
    source 42
    target 44
  ]
  edge [
    source 42
    target 45
  ]
  edge [
    source 42
    target 46
  ]
  edge [
    source 42
    target 47
  ]
  edge [
    source 42
    target 48
  ]
  edge [
    source 42
    target 55
  ]
  edge [
    source 42
    target 56
  ]
  edge [
    source 42
    target 57
  ]
  edge [
    source 42
    target 58
  ]
  edge [
    source 42
    target 59
  ]
  edge [
    source 42
    target 60
  ]
  edge [
    source 42
    target 61
  ]
  edge [
    source 42
    target 62
  ]
  edge [
    source 42
    target 63
  ]
  edge [
    source 42
    target 64
  ]
  edge [
    source 42
    target 65
  ]
  edge [
    source 42
    target 66
  ]
  edge [
    source 42
    target 67
  ]
  edge [
    source 42
    target 74
  ]
  edge [
    source 42
    target 75
  ]
  edge [
    source 42
    target 76
  ]
  edge [
    source 42
    target 77
  ]
  edge [
    source 42
    target 78
  ]
  edge [
    source 42
    target 79
  ]
  edge [
    source 42
    target 80
  ]
  edge [
    source 42
    target 81
  ]
  edge [
    source 42
    target 82
  ]
  edge [
    source 42
    target 83
  ]
  edge [
    source 42
    target 84
  ]
  edge [
    source 42
    target 85
  ]
  edge [
    source 42
    target 86
  ]
  edge [
    source 42
    target 93
  ]
  edge [
    source 42
    target 94
  ]
  edge [
    source 42
    target 95
  ]
  edge [
    source 42
    target 96
  ]
  edge [
    source 42
    target 97
  ]
  edge [
    source 42
    target 98
  ]
  edge [
    source 42
    target 99
  ]
  edge [
    source 42
    target 100
  ]
  edge [
    source 42
    target 101
  ]
  edge [
    source 42
    target 102
  ]
  edge [
    source 42
    target 103
  ]
  edge [
    source 42
    target 104
  ]
  edge [
    source 42
    target 105
  ]
  edge [
    source 42
    target 112
  ]
  edge [
    source 42
    target 113
  ]
  edge [
    source 42
    target 114
  ]
  edge [
    source 42
    target 115
  ]
  edge [
    source 42
    target 116
  ]
  edge [
    source 42
    target 117
  ]
  edge [
    source 42
    target 118
  ]
  edge [
    source 42
    target 119
  ]
  edge [
    source 42
    target 120
  ]
  edge [
    source 42
    target 121
  ]
  edge [
    source 42
    target 122
  ]
  edge [
    source 42
    target 123
  ]
  edge [
    source 42
    target 124
  ]
  edge [
    source 42
    target 132
  ]
  edge [
    source 42
    target 133
  ]
  edge [
    source 42
    target 134
  ]
  edge [
    source 42
    target 135
  ]
  edge [
    source 42
    target 136
  ]
  edge [
    source 43
    target 189
  ]
  edge [
    source 43
    target 182
  ]
  edge [
    source 43
    target 181
  ]
  edge [
    source 43
    target 180
  ]
  edge [
    source 43
    target 179
  ]
  edge [
    source 43
    target 178
  ]
  edge [
    source 43
    target 177
  ]
  edge [
    source 43
    target 176
  ]
  edge [
    source 43
    target 175
  ]
  edge [
    source 43
    target 174
  ]
  edge [
    source 43
    target 173
  ]
  edge [
    source 43
    target 172
  ]
  edge [
    source 43
    target 171
  ]
  edge [
    source 43
    target 170
  ]
  edge [
    source 43
    target 163
  ]
  edge [
    source 43
    target 162
  ]
  edge [
    source 43
    target 161
  ]
  edge [
    source 43
    target 160
  ]
  edge [
    source 43
    target 159
  ]
  edge [
    source 43
    target 158
  ]
  edge [
    source 43
    target 157
  ]
  edge [
    source 43
    target 156
  ]
  edge [
    source 43
    target 155
  ]
  edge [
    source 43
    target 154
  ]
  edge [
    source 43
    target 153
  ]
  edge [
    source 43
    target 152
  ]
  edge [
    source 43
    target 151
  ]
  edge [
    source 43
    target 143
  ]
  edge [
    source 43
    target 142
  ]
  edge [
    source 43
    target 141
  ]
  edge [
    source 43
    target 140
  ]
  edge [
    source 43
    target 139
  ]
  edge [
    source 43
    target 138
  ]
  edge [
    source 43
    target 44
  ]
  edge [
    source 43
    target 45
  ]
  edge [
    source 43
    target 46
  ]
  edge [
    source 43
    target 47
  ]
  edge [
    source 43
    target 48
  ]
  edge [
    source 43
    target 49
  ]
  edge [
    source 43
    target 56
  ]
  edge [
    source 43
    target 57
  ]
  edge [
    source 43
    target 58
  ]
  edge [
    source 43
    target 59
  ]
  edge [
    source 43
    target 60
  ]
  edge [
    source 43
    target 61
  ]
  edge [
    source 43
    target 62
  ]
  edge [
    source 43
    target 63
  ]
  edge [
    source 43
    target 64
  ]
  edge [
    source 43
    target 65
  ]
  edge [
    source 43
    target 66
  ]
  edge [
    source 43
    target 67
  ]
  edge [
    source 43
    target 68
  ]
  edge [
    source 43
    target 75
  ]
  edge [
    source 43
    target 76
  ]
  edge [
    source 43
    target 77
  ]
  edge [
    source 43
    target 78
  ]
  edge [
    source 43
    target 79
  ]
  edge [
    source 43
    target 80
  ]
  edge [
    source 43
    target 81
  ]
  edge [
    source 43
    target 82
  ]
  edge [
    source 43
    target 83
  ]
  edge [
    source 43
    target 84
  ]
  edge [
    source 43
    target 85
  ]
  edge [
    source 43
    target 86
  ]
  edge [
    source 43
    target 87
  ]
  edge [
    source 43
    target 94
  ]
  edge [
    source 43
    target 95
  ]
  edge [
    source 43
    target 96
  ]
  edge [
    source 43
    target 97
  ]
  edge [
    source 43
    target 98
  ]
  edge [
    source 43
    target 99
  ]
  edge [
    source 43
    target 100
  ]
  edge [
    source 43
    target 101
  ]
  edge [
    source 43
    target 102
  ]
  edge [
    source 43
    target 103
  ]
  edge [
    source 43
    target 104
  ]
  edge [
    source 43
    target 105
  ]
  edge [
    source 43
    target 106
  ]
  edge [
    source 43
    target 113
  ]
  edge [
    source 43
    target 114
  ]
  edge [
    source 43
    target 115
  ]
  edge [
    source 43
    target 116
  ]
  edge [
    source 43
    target 117
  ]
  edge [
    source 43
    target 118
  ]
  edge [
    source 43
    target 119
  ]
  edge [
    source 43
    target 120
  ]
  edge [
    source 43
    target 121
  ]
  edge [
    source 43
    target 122
  ]
  edge [
    source 43
    target 123
  ]
  edge [
    source 43
    target 124
  ]
  edge [
    source 43
    target 125
  ]
  edge [
    source 43
    target 133
  ]
  edge [
    source 43
    target 134
  ]
  edge [
    source 43
    target 135
  ]
  edge [
    source 43
    target 136
  ]
  edge [
    source 43
    target 137
  ]
  edge [
    source 44
    target 183
  ]
  edge [
    source 44
    target 182
  ]
  edge [
    source 44
    target 181
  ]
  edge [
    source 44
    target 180
  ]
  edge [
    source 44
    target 179
  ]
  edge [
    source 44
    target 178
  ]
  edge [
    source 44
    target 177
  ]
  edge [
    source 44
    target 176
  ]
  edge [
    source 44
    target 175
  ]
  edge [
    source 44
    target 174
  ]
  edge [
    source 44
    target 173
  ]
  edge [
    source 44
    target 172
  ]
  edge [
    source 44
    target 171
  ]
  edge [
    source 44
    target 164
  ]
  edge [
    source 44
    target 163
  ]
  edge [
    source 44
    target 162
  ]
  edge [
    source 44
    target 161
  ]
  edge [
    source 44
    target 160
  ]
  edge [
    source 44
    target 159
  ]
  edge [
    source 44
    target 158
  ]
  edge [
    source 44
    target 157
  ]
  edge [
    source 44
    target 156
  ]
  edge [
    source 44
    target 155
  ]
  edge [
    source 44
    target 154
  ]
  edge [
    source 44
    target 153
  ]
  edge [
    source 44
    target 152
  ]
  edge [
    source 44
    target 144
  ]
  edge [
    source 44
    target 143
  ]
  edge [
    source 44
    target 142
  ]
  edge [
    source 44
    target 141
  ]
  edge [
    source 44
    target 140
  ]
  edge [
    source 44
    target 139
  ]
  edge [
    source 44
    target 45
  ]
  edge [
    source 44
    target 46
  ]
  edge [
    source 44
    target 47
  ]
  edge [
    source 44
    target 48
  ]
  edge [
    source 44
    target 49
  ]
  edge [
    source 44
    target 50
  ]
  edge [
    source 44
    target 57
  ]
  edge [
    source 44
    target 58
  ]
  edge [
    source 44
    target 59
  ]
  edge [
    source 44
    target 60
  ]
  edge [
    source 44
    target 61
  ]
  edge [
    source 44
    target 62
  ]
  edge [
    source 44
    target 63
  ]
  edge [
    source 44
    target 64
  ]
  edge [
    source 44
    target 65
  ]
  edge [
    source 44
    target 66
  ]
  edge [
    source 44
    target 67
  ]
  edge [
    source 44
    target 68
  ]
  edge [
    source 44
    target 69
  ]
  edge [
    source 44
    target 76
  ]
  edge [
    source 44
    target 77
  ]
  edge [
    source 44
    target 78
  ]
  edge [
    source 44
    target 79
  ]
  edge [
    source 44
    target 80
  ]
  edge [
    source 44
    target 81
  ]
  edge [
    source 44
    target 82
  ]
  edge [
    source 44
    target 83
  ]
  edge [
    source 44
    target 84
  ]
  edge [
    source 44
    target 85
  ]
  edge [
    source 44
    target 86
  ]
  edge [
    source 44
    target 87
  ]
  edge [
    source 44
    target 88
  ]
  edge [
    source 44
    target 95
  ]
  edge [
    source 44
    target 96
  ]
  edge [
    source 44
    target 97
  ]
  edge [
    source 44
    target 98
  ]
  edge [
    source 44
    target 99
  ]
  edge [
    source 44
    target 100
  ]
  edge [
    source 44
    target 101
  ]
  edge [
    source 44
    target 102
  ]
  edge [
    source 44
    target 103
  ]
  edge [
    source 44
    target 104
  ]
  edge [
    source 44
    target 105
  ]
  edge [
    source 44
    target 106
  ]
  edge [
    source 44
    target 107
  ]
  edge [
    source 44
    target 114
  ]
  edge [
    source 44
    target 115
  ]
  edge [
    source 44
    target 116
  ]
  edge [
    source 44
    target 117
  ]
  edge [
    source 44
    target 118
  ]
  edge [
    source 44
    target 119
  ]
  edge [
    source 44
    target 120
  ]
  edge [
    source 44
    target 121
  ]
  edge [
    source 44
    target 122
  ]
  edge [
    source 44
    target 123
  ]
  edge [
    source 44
    target 124
  ]
  edge [
    source 44
    target 125
  ]
  edge [
    source 44
    target 126
  ]
  edge [
    source 44
    target 134
  ]
  edge [
    source 44
    target 135
  ]
  edge [
    source 44
    target 136
  ]
  edge [
    source 44
    target 137
  ]
  edge [
    source 44
    target 138
  ]
  edge [
    source 45
    target 184
  ]
  edge [
    source 45
    target 183
  ]
  edge [
    source 45
    target 182
  ]
  edge [
    source 45
    target 181
  ]
  edge [
    source 45
    target 180
  ]
  edge [
    source 45
    target 179
  ]
  edge [
    source 45
    target 178
  ]
  edge [
    source 45
    target 177
  ]
  edge [
    source 45
    target 176
  ]
  edge [
    source 45
    target 175
  ]
  edge [
    source 45
    target 174
  ]
  edge [
    source 45
    target 173
  ]
  edge [
    source 45
    target 172
  ]
  edge [
    source 45
    target 165
  ]
  edge [
    source 45
    target 164
  ]
  edge [
    source 45
    target 163
  ]
  edge [
    source 45
    target 162
  ]
  edge [
    source 45
    target 161
  ]
  edge [
    source 45
    target 160
  ]
  edge [
    source 45
    target 159
  ]
  edge [
    source 45
    target 158
  ]
  edge [
    source 45
    target 157
  ]
  edge [
    source 45
    target 156
  ]
  edge [
    source 45
    target 155
  ]
  edge [
    source 45
    target 154
  ]
  edge [
    source 45
    target 153
  ]
  edge [
    source 45
    target 145
  ]
  edge [
    source 45
    target 144
  ]
  edge [
    source 45
    target 143
  ]
  edge [
    source 45
    target 142
  ]
  edge [
    source 45
    target 141
  ]
  edge [
    source 45
    target 140
  ]
  edge [
    source 45
    target 46
  ]
  edge [
    source 45
    target 47
  ]
  edge [
    source 45
    target 48
  ]
  edge [
    source 45
    target 49
  ]
  edge [
    source 45
    target 50
  ]
  edge [
    source 45
    target 51
  ]
  edge [
    source 45
    target 58
  ]
  edge [
    source 45
    target 59
  ]
  edge [
    source 45
    target 60
  ]
  edge [
    source 45
    target 61
  ]
  edge [
    source 45
    target 62
  ]
  edge [
    source 45
    target 63
  ]
  edge [
    source 45
    target 64
  ]
  edge [
    source 45
    target 65
  ]
  edge [
    source 45
    target 66
  ]
  edge [
    source 45
    target 67
  ]
  edge [
    source 45
    target 68
  ]
  edge [
    source 45
    target 69
  ]
  edge [
    source 45
    target 70
  ]
  edge [
    source 45
    target 77
  ]
  edge [
    source 45
    target 78
  ]
  edge [
    source 45
    target 79
  ]
  edge [
    source 45
    target 80
  ]
  edge [
    source 45
    target 81
  ]
  edge [
    source 45
    target 82
  ]
  edge [
    source 45
    target 83
  ]
  edge [
    source 45
    target 84
  ]
  edge [
    source 45
    target 85
  ]
  edge [
    source 45
    target 86
  ]
  edge [
    source 45
    target 87
  ]
  edge [
    source 45
    target 88
  ]
  edge [
    source 45
    target 89
  ]
  edge [
    source 45
    target 96
  ]
  edge [
    source 45
    target 97
  ]
  edge [
    source 45
    target 98
  ]
  edge [
    source 45
    target 99
  ]
  edge [
    source 45
    target 100
  ]
  edge [
    source 45
    target 101
  ]
  edge [
    source 45
    target 102
  ]
  edge [
    source 45
    target 103
  ]
  edge [
    source 45
    target 104
  ]
  edge [
    source 45
    target 105
  ]
  edge [
    source 45
    target 106
  ]
  edge [
    source 45
    target 107
  ]
  edge [
    source 45
    target 108
  ]
  edge [
    source 45
    target 115
  ]
  edge [
    source 45
    target 116
  ]
  edge [
    source 45
    target 117
  ]
  edge [
    source 45
    target 118
  ]
  edge [
    source 45
    target 119
  ]
  edge [
    source 45
    target 120
  ]
  edge [
    source 45
    target 121
  ]
  edge [
    source 45
    target 122
  ]
  edge [
    source 45
    target 123
  ]
  edge [
    source 45
    target 124
  ]
  edge [
    source 45
    target 125
  ]
  edge [
    source 45
    target 126
  ]
  edge [
    source 45
    target 127
  ]
  edge [
    source 45
    target 135
  ]
  edge [
    source 45
    target 136
  ]
  edge [
    source 45
    target 137
  ]
  edge [
    source 45
    target 138
  ]
  edge [
    source 45
    target 139
  ]
  edge [
    source 46
    target 185
  ]
  edge [
    source 46
    target 184
  ]
  edge [
    source 46
    target 183
  ]
  edge [
    source 46
    target 182
  ]
  edge [
    source 46
    target 181
  ]
  edge [
    source 46
    target 180
  ]
  edge [
    source 46
    target 179
  ]
  edge [
    source 46
    target 178
  ]
  edge [
    source 46
    target 177
  ]
  edge [
    source 46
    target 176
  ]
  edge [
    source 46
    target 175
  ]
  edge [
    source 46
    target 174
  ]
  edge [
    source 46
    target 173
  ]
  edge [
    source 46
    target 166
  ]
  edge [
    source 46
    target 165
  ]
  edge [
    source 46
    target 164
  ]
  edge [
    source 46
    target 163
  ]
  edge [
    source 46
    target 162
  ]
  edge [
    source 46
    target 161
  ]
  edge [
    source 46
    target 160
  ]
  edge [
    source 46
    target 159
  ]
  edge [
    source 46
    target 158
  ]
  edge [
    source 46
    target 157
  ]
  edge [
    source 46
    target 156
  ]
  edge [
    source 46
    target 155
  ]
  edge [
    source 46
    target 154
  ]
  edge [
    source 46
    target 146
  ]
  edge [
    source 46
    target 145
  ]
  edge [
    source 46
    target 144
  ]
  edge [
    source 46
    target 143
  ]
  edge [
    source 46
    target 142
  ]
  edge [
    source 46
    target 141
  ]
  edge [
    source 46
    target 47
  ]
  edge [
    source 46
    target 48
  ]
  edge [
    source 46
    target 49
  ]
  edge [
    source 46
    target 50
  ]
  edge [
    source 46
    target 51
  ]
  edge [
    source 46
    target 52
  ]
  edge [
    source 46
    target 59
  ]
  edge [
    source 46
    target 60
  ]
  edge [
    source 46
    target 61
  ]
  edge [
    source 46
    target 62
  ]
  edge [
    source 46
    target 63
  ]
  edge [
    source 46
    target 64
  ]
  edge [
    source 46
    target 65
  ]
  edge [
    source 46
    target 66
  ]
  edge [
    source 46
    target 67
  ]
  edge [
    source 46
    target 68
  ]
  edge [
    source 46
    target 69
  ]
  edge [
    source 46
    target 70
  ]
  edge [
    source 46
    target 71
  ]
  edge [
    source 46
    target 78
  ]
  edge [
    source 46
    target 79
  ]
  edge [
    source 46
    target 80
  ]
  edge [
    source 46
    target 81
  ]
  edge [
    source 46
    target 82
  ]
  edge [
    source 46
    target 83
  ]
  edge [
    source 46
    target 84
  ]
  edge [
    source 46
    target 85
  ]
  edge [
    source 46
    target 86
  ]
  edge [
    source 46
    target 87
  ]
  edge [
    source 46
    target 88
  ]
  edge [
    source 46
    target 89
  ]
  edge [
    source 46
    target 90
  ]
  edge [
    source 46
    target 97
  ]
  edge [
    source 46
    target 98
  ]
  edge [
    source 46
    target 99
  ]
  edge [
    source 46
    target 100
  ]
  edge [
    source 46
    target 101
  ]
  edge [
    source 46
    target 102
  ]
  edge [
    source 46
    target 103
  ]
  edge [
    source 46
    target 104
  ]
  edge [
    source 46
    target 105
  ]
  edge [
    source 46
    target 106
  ]
  edge [
    source 46
    target 107
  ]
  edge [
    source 46
    target 108
  ]
  edge [
    source 46
    target 109
  ]
  edge [
    source 46
    target 116
  ]
  edge [
    source 46
    target 117
  ]
  edge [
    source 46
    target 118
  ]
  edge [
    source 46
    target 119
  ]
  edge [
    source 46
    target 120
  ]
  edge [
    source 46
    target 121
  ]
  edge [
    source 46
    target 122
  ]
  edge [
    source 46
    target 123
  ]
  edge [
    source 46
    target 124
  ]
  edge [
    source 46
    target 125
  ]
  edge [
    source 46
    target 126
  ]
  edge [
    source 46
    target 127
  ]
  edge [
    source 46
    target 128
  ]
  edge [
    source 46
    target 136
  ]
  edge [
    source 46
    target 137
  ]
  edge [
    source 46
    target 138
  ]
  edge [
    source 46
    target 139
  ]
  edge [
    source 46
    target 140
  ]
  edge [
    source 47
    target 186
  ]
  edge [
    source 47
    target 185
  ]
  edge [
    source 47
    target 184
  ]
  edge [
    source 47
    target 183
  ]
  edge [
    source 47
    target 182
  ]
  edge [
    source 47
    target 181
  ]
  edge [
    source 47
    target 180
  ]
  edge [
    source 47
    target 179
  ]
  edge [
    source 47
    target 178
  ]
  edge [
    source 47
    target 177
  ]
  edge [
    source 47
    target 176
  ]
  edge [
    source 47
    target 175
  ]
  edge [
    source 47
    target 174
  ]
  edge [
    source 47
    target 167
  ]
  edge [
    source 47
    target 166
  ]
  edge [
    source 47
    target 165
  ]
  edge [
    source 47
    target 164
  ]
  edge [
    source 47
    target 163
  ]
  edge [
    source 47
    target 162
  ]
  edge [
    source 47
    target 161
  ]
  edge [
    source 47
    target 160
  ]
  edge [
    source 47
    target 159
  ]
  edge [
    source 47
    target 158
  ]
  edge [
    source 47
    target 157
  ]
  edge [
    source 47
    target 156
  ]
  edge [
    source 47
    target 155
  ]
  edge [
    source 47
    target 147
  ]
  edge [
    source 47
    target 146
  ]
  edge [
    source 47
    target 145
  ]
  edge [
    source 47
    target 144
  ]
  edge [
    source 47
    target 143
  ]
  edge [
    source 47
    target 142
  ]
  edge [
    source 47
    target 48
  ]
  edge [
    source 47
    target 49
  ]
  edge [
    source 47
    target 50
  ]
  edge [
    source 47
    target 51
  ]
  edge [
    source 47
    target 52
  ]
  edge [
    source 47
    target 53
  ]
  edge [
    source 47
    target 60
  ]
  edge [
    source 47
    target 61
  ]
  edge [
    source 47
    target 62
  ]
  edge [
    source 47
    target 63
  ]
  edge [
    source 47
    target 64
  ]
  edge [
    source 47
    target 65
  ]
  edge [
    source 47
    target 66
  ]
  edge [
    source 47
    target 67
  ]
  edge [
    source 47
    target 68
  ]
  edge [
    source 47
    target 69
  ]
  edge [
    source 47
    target 70
  ]
  edge [
    source 47
    target 71
  ]
  edge [
    source 47
    target 72
  ]
  edge [
    source 47
    target 79
  ]
  edge [
    source 47
    target 80
  ]
  edge [
    source 47
    target 81
  ]
  edge [
    source 47
    target 82
  ]
  edge [
    source 47
    target 83
  ]
  edge [
    source 47
    target 84
  ]
  edge [
    source 47
    target 85
  ]
  edge [
    source 47
    target 86
  ]
  edge [
    source 47
    target 87
  ]
  edge [
    source 47
    target 88
  ]
  edge [
    source 47
    target 89
  ]
  edge [
    source 47
    target 90
  ]
  edge [
    source 47
    target 91
  ]
  edge [
    source 47
    target 98
  ]
  edge [
    source 47
    target 99
  ]
  edge [
    source 47
    target 100
  ]
  edge [
    source 47
    target 101
  ]
  edge [
    source 47
    target 102
  ]
  edge [
    source 47
    target 103
  ]
  edge [
    source 47
    target 104
  ]
  edge [
    source 47
    target 105
  ]
  edge [
    source 47
    target 106
  ]
  edge [
    source 47
    target 107
  ]
  edge [
    source 47
    target 108
  ]
  edge [
    source 47
    target 109
  ]
  edge [
    source 47
    target 110
  ]
  edge [
    source 47
    target 117
  ]
  edge [
    source 47
    target 118
  ]
  edge [
    source 47
    target 119
  ]
  edge [
    source 47
    target 120
  ]
  edge [
    source 47
    target 121
  ]
  edge [
    source 47
    target 122
  ]
  edge [
    source 47
    target 123
  ]
  edge [
    source 47
    target 124
  ]
  edge [
    source 47
    target 125
  ]
  edge [
    source 47
    target 126
  ]
  edge [
    source 47
    target 127
  ]
  edge [
    source 47
    target 128
  ]
  edge [
    source 47
    target 129
  ]
  edge [
    source 47
    target 137
  ]
  edge [
    source 47
    target 138
  ]
  edge [
    source 47
    target 139
  ]
  edge [
    source 47
    target 140
  ]
  edge [
    source 47
    target 141
  ]
  edge [
    source 48
    target 187
  ]
  edge [
    source 48
    target 186
  ]
  edge [
    source 48
    target 185
  ]
  edge [
    source 48
    target 184
  ]
  edge [
    source 48
    target 183
  ]
  edge [
    source 48
    target 182
  ]
  edge [
    source 48
    target 181
  ]
  edge [
    source 48
    target 180
  ]
  edge [
    source 48
    target 179
  ]
  edge [
    source 48
    target 178
  ]
  edge [
    source 48
    target 177
  ]
  edge [
    source 48
    target 176
  ]
  edge [
    source 48
    target 175
  ]
  edge [
    source 48
    target 168
  ]
  edge [
    source 48
    target 167
  ]
  edge [
    source 48
    target 166
  ]
  edge [
    source 48
    target 165
  ]
  edge [
    source 48
    target 164
  ]
  edge [
    source 48
    target 163
  ]
  edge [
    source 48
    target 162
  ]
  edge [
    source 48
    target 161
  ]
  edge [
    source 48
    target 160
  ]
  edge [
    source 48
    target 159
  ]
  edge [
    source 48
    target 158
  ]
  edge [
    source 48
    target 157
  ]
  edge [
    source 48
    target 156
  ]
  edge [
    source 48
    target 148
  ]
  edge [
    source 48
    target 147
  ]
  edge [
    source 48
    target 146
  ]
  edge [
    source 48
    target 145
  ]
  edge [
    source 48
    target 144
  ]
  edge [
    source 48
    target 143
  ]
  edge [
    source 48
    target 49
  ]
  edge [
    source 48
    target 50
  ]
  edge [
    source 48
    target 51
  ]
  edge [
    source 48
    target 52
  ]
  edge [
    source 48
    target 53
  ]
  edge [
    source 48
    target 54
  ]
  edge [
    source 48
    target 61
  ]
  edge [
    source 48
    target 62
  ]
  edge [
    source 48
    target 63
  ]
  edge [
    source 48
    target 64
  ]
  edge [
    source 48
    target 65
  ]
  edge [
    source 48
    target 66
  ]
  edge [
    source 48
    target 67
  ]
  edge [
    source 48
    target 68
  ]
  edge [
    source 48
    target 69
  ]
  edge [
    source 48
    target 70
  ]
  edge [
    source 48
    target 71
  ]
  edge [
    source 48
    target 72
  ]
  edge [
    source 48
    target 73
  ]
  edge [
    source 48
    target 80
  ]
  edge [
    source 48
    target 81
  ]
  edge [
    source 48
    target 82
  ]
  edge [
    source 48
    target 83
  ]
  edge [
    source 48
    target 84
  ]
  edge [
    source 48
    target 85
  ]
  edge [
    source 48
    target 86
  ]
  edge [
    source 48
    target 87
  ]
  edge [
    source 48
    target 88
  ]
  edge [
    source 48
    target 89
  ]
  edge [
    source 48
    target 90
  ]
  edge [
    source 48
    target 91
  ]
  edge [
    source 48
    target 92
  ]
  edge [
    source 48
    target 99
  ]
  edge [
    source 48
    target 100
  ]
  edge [
    source 48
    target 101
  ]
  edge [
    source 48
    target 102
  ]
  edge [
    source 48
    target 103
  ]
  edge [
    source 48
    target 104
  ]
  edge [
    source 48
    target 105
  ]
  edge [
    source 48
    target 106
  ]
  edge [
    source 48
    target 107
  ]
  edge [
    source 48
    target 108
  ]
  edge [
    source 48
    target 109
  ]
  edge [
    source 48
    target 110
  ]
  edge [
    source 48
    target 111
  ]
  edge [
    source 48
    target 118
  ]
  edge [
    source 48
    target 119
  ]
  edge [
    source 48
    target 120
  ]
  edge [
    source 48
    target 121
  ]
  edge [
    source 48
    target 122
  ]
  edge [
    source 48
    target 123
  ]
  edge [
    source 48
    target 124
  ]
  edge [
    source 48
    target 125
  ]
  edge [
    source 48
    target 126
  ]
  edge [
    source 48
    target 127
  ]
  edge [
    source 48
    target 128
  ]
  edge [
    source 48
    target 129
  ]
  edge [
    source 48
    target 130
  ]
  edge [
    source 48
    target 138
  ]
  edge [
    source 48
    target 139
  ]
  edge [
    source 48
    target 140
  ]
  edge [
    source 48
    target 141
  ]
  edge [
    source 48
    target 142
  ]
  edge [
    source 49
    target 188
  ]
  edge [
    source 49
    target 187
  ]
  edge [
    source 49
    target 186
  ]
  edge [
    source 49
    target 185
  ]
  edge [
    source 49
    target 184
  ]
  edge [
    source 49
    target 183
  ]
  edge [
    source 49
    target 182
  ]
  edge [
    source 49
    target 181
  ]
  edge [
    source 49
    target 180
  ]
  edge [
    source 49
    target 179
  ]
  edge [
    source 49
    target 178
  ]
  edge [
    source 49
    target 177
  ]
  edge [
    source 49
    target 176
  ]
  edge [
    source 49
    target 169
  ]
  edge [
    source 49
    target 168
  ]
  edge [
    source 49
    target 167
  ]
  edge [
    source 49
    target 166
  ]
  edge [
    source 49
    target 165
  ]
  edge [
    source 49
    target 164
  ]
  edge [
    source 49
    target 163
  ]
  edge [
    source 49
    target 162
  ]
  edge [
    source 49
    target 161
  ]
  edge [
    source 49
    target 160
  ]
  edge [
    source 49
    target 159
  ]
  edge [
    source 49
    target 158
  ]
  edge [
    source 49
    target 157
  ]
  edge [
    source 49
    target 149
  ]
  edge [
    source 49
    target 148
  ]
  edge [
    source 49
    target 147
  ]
  edge [
    source 49
    target 146
  ]
  edge [
    source 49
    target 145
  ]
  edge [
    source 49
    target 144
  ]
  edge [
    source 49
    target 50
  ]
  edge [
    source 49
    target 51
  ]
  edge [
    source 49
    target 52
  ]
  edge [
    source 49
    target 53
  ]
  edge [
    source 49
    target 54
  ]
  edge [
    source 49
    target 55
  ]
  edge [
    source 49
    target 62
  ]
  edge [
    source 49
    target 63
  ]
  edge [
    source 49
    target 64
  ]
  edge [
    source 49
    target 65
  ]
  edge [
    source 49
    target 66
  ]
  edge [
    source 49
    target 67
  ]
  edge [
    source 49
    target 68
  ]
  edge [
    source 49
    target 69
  ]
  edge [
    source 49
    target 70
  ]
  edge [
    source 49
    target 71
  ]
  edge [
    source 49
    target 72
  ]
  edge [
    source 49
    target 73
  ]
  edge [
    source 49
    target 74
  ]
  edge [
    source 49
    target 81
  ]
  edge [
    source 49
    target 82
  ]
  edge [
    source 49
    target 83
  ]
  edge [
    source 49
    target 84
  ]
  edge [
    source 49
    target 85
  ]
  edge [
    source 49
    target 86
  ]
  edge [
    source 49
    target 87
  ]
  edge [
    source 49
    target 88
  ]
  edge [
    source 49
    target 89
  ]
  edge [
    source 49
    target 90
  ]
  edge [
    source 49
    target 91
  ]
  edge [
    source 49
    target 92
  ]
  edge [
    source 49
    target 93
  ]
  edge [
    source 49
    target 100
  ]
  edge [
    source 49
    target 101
  ]
  edge [
    source 49
    target 102
  ]
  edge [
    source 49
    target 103
  ]
  edge [
    source 49
    target 104
  ]
  edge [
    source 49
    target 105
  ]
  edge [
    source 49
    target 106
  ]
  edge [
    source 49
    target 107
  ]
  edge [
    source 49
    target 108
  ]
  edge [
    source 49
    target 109
  ]
  edge [
    source 49
    target 110
  ]
  edge [
    source 49
    target 111
  ]
  edge [
    source 49
    target 112
  ]
  edge [
    source 49
    target 119
  ]
  edge [
    source 49
    target 120
  ]
  edge [
    source 49
    target 121
  ]
  edge [
    source 49
    target 122
  ]
  edge [
    source 49
    target 123
  ]
  edge [
    source 49
    target 124
  ]
  edge [
    source 49
    target 125
  ]
  edge [
    source 49
    target 126
  ]
  edge [
    source 49
    target 127
  ]
  edge [
    source 49
    target 128
  ]
  edge [
    source 49
    target 129
  ]
  edge [
    source 49
    target 130
  ]
  edge [
    source 49
    target 131
  ]
  edge [
    source 49
    target 139
  ]
  edge [
    source 49
    target 140
  ]
  edge [
    source 49
    target 141
  ]
  edge [
    source 49
    target 142
  ]
  edge [
    source 49
    target 143
  ]
  edge [
    source 50
    target 189
  ]
  edge [
    source 50
    target 188
  ]
  edge [
    source 50
    target 187
  ]
  edge [
    source 50
    target 186
  ]
  edge [
    source 50
    target 185
  ]
  edge [
    source 50
    target 184
  ]
  edge [
    source 50
    target 183
  ]
  edge [
    source 50
    target 182
  ]
  edge [
    source 50
    target 181
  ]
  edge [
    source 50
    target 180
  ]
  edge [
    source 50
    target 179
  ]
  edge [
    source 50
    target 178
  ]
  edge [
    source 50
    target 177
  ]
  edge [
    source 50
    target 170
  ]
  edge [
    source 50
    target 169
  ]
  edge [
    source 50
    target 168
  ]
  edge [
    source 50
    target 167
  ]
  edge [
    source 50
    target 166
  ]
  edge [
    source 50
    target 165
  ]
  edge [
    source 50
    target 164
  ]
  edge [
    source 50
    target 163
  ]
  edge [
    source 50
    target 162
  ]
  edge [
    source 50
    target 161
  ]
  edge [
    source 50
    target 160
  ]
  edge [
    source 50
    target 159
  ]
  edge [
    source 50
    target 158
  ]
  edge [
    source 50
    target 150
  ]
  edge [
    source 50
    target 149
  ]
  edge [
    source 50
    target 148
  ]
  edge [
    source 50
    target 147
  ]
  edge [
    source 50
    target 146
  ]
  edge [
    source 50
    target 145
  ]
  edge [
    source 50
    target 51
  ]
  edge [
    source 50
    target 52
  ]
  edge [
    source 50
    target 53
  ]
  edge [
    source 50
    target 54
  ]
  edge [
    source 50
    target 55
  ]
  edge [
    source 50
    target 56
  ]
  edge [
    source 50
    target 63
  ]
  edge [
    source 50
    target 64
  ]
  edge [
    source 50
    target 65
  ]
  edge [
    source 50
    target 66
  ]
  edge [
    source 50
    target 67
  ]
  edge [
    source 50
    target 68
  ]
  edge [
    source 50
    target 69
  ]
  edge [
    source 50
    target 70
  ]
  edge [
    source 50
    target 71
  ]
  edge [
    source 50
    target 72
  ]
  edge [
    source 50
    target 73
  ]
  edge [
    source 50
    target 74
  ]
  edge [
    source 50
    target 75
  ]
  edge [
    source 50
    target 82
  ]
  edge [
    source 50
    target 83
  ]
  edge [
    source 50
    target 84
  ]
  edge [
    source 50
    target 85
  ]
  edge [
    source 50
    target 86
  ]
  edge [
    source 50
    target 87
  ]
  edge [
    source 50
    target 88
  ]
  edge [
    source 50
    target 89
  ]
  edge [
    source 50
    target 90
  ]
  edge [
    source 50
    target 91
  ]
  edge [
    source 50
    target 92
  ]
  edge [
    source 50
    target 93
  ]
  edge [
    source 50
    target 94
  ]
  edge [
    source 50
    target 101
  ]
  edge [
    source 50
    target 102
  ]
  edge [
    source 50
    target 103
  ]
  edge [
    source 50
    target 104
  ]
  edge [
    source 50
    target 105
  ]
  edge [
    source 50
    target 106
  ]
  edge [
    source 50
    target 107
  ]
  edge [
    source 50
    target 108
  ]
  edge [
    source 50
    target 109
  ]
  edge [
    source 50
    target 110
  ]
  edge [
    source 50
    target 111
  ]
  edge [
    source 50
    target 112
  ]
  edge [
    source 50
    target 113
  ]
  edge [
    source 50
    target 120
  ]
  edge [
    source 50
    target 121
  ]
  edge [
    source 50
    target 122
  ]
  edge [
    source 50
    target 123
  ]
  edge [
    source 50
    target 124
  ]
  edge [
    source 50
    target 125
  ]
  edge [
    source 50
    target 126
  ]
  edge [
    source 50
    target 127
  ]
  edge [
    source 50
    target 128
  ]
  edge [
    source 50
    target 129
  ]
  edge [
    source 50
    target 130
  ]
  edge [
    source 50
    target 131
  ]
  edge [
    source 50
    target 132
  ]
  edge [
    source 50
    target 140
  ]
  edge [
    source 50
    target 141
  ]
  edge [
    source 50
    target 142
  ]
  edge [
    source 50
    target 143
  ]
  edge [
    source 50
    target 144
  ]
  edge [
    source 51
    target 189
  ]
  edge [
    source 51
    target 188
  ]
  edge [
    source 51
    target 187
  ]
  edge [
    source 51
    target 186
  ]
  edge [
    source 51
    target 185
  ]
  edge [
    source 51
    target 184
  ]
  edge [
    source 51
    target 183
  ]
  edge [
    source 51
    target 182
  ]
  edge [
    source 51
    target 181
  ]
  edge [
    source 51
    target 180
  ]
  edge [
    source 51
    target 179
  ]
  edge [
    source 51
    target 178
  ]
  edge [
    source 51
    target 171
  ]
  edge [
    source 51
    target 170
  ]
  edge [
    source 51
    target 169
  ]
  edge [
    source 51
    target 168
  ]
  edge [
    source 51
    target 167
  ]
  edge [
    source 51
    target 166
  ]
  edge [
    source 51
    target 165
  ]
  edge [
    source 51
    target 164
  ]
  edge [
    source 51
    target 163
  ]
  edge [
    source 51
    target 162
  ]
  edge [
    source 51
    target 161
  ]
  edge [
    source 51
    target 160
  ]
  edge [
    source 51
    target 159
  ]
  edge [
    source 51
    target 151
  ]
  edge [
    source 51
    target 150
  ]
  edge [
    source 51
    target 149
  ]
  edge [
    source 51
    target 148
  ]
  edge [
    source 51
    target 147
  ]
  edge [
    source 51
    target 146
  ]
  edge [
    source 51
    target 52
  ]
  edge [
    source 51
    target 53
  ]
  edge [
    source 51
    target 54
  ]
  edge [
    source 51
    target 55
  ]
  edge [
    source 51
    target 56
  ]
  edge [
    source 51
    target 57
  ]
  edge [
    source 51
    target 64
  ]
  edge [
    source 51
    target 65
  ]
  edge [
    source 51
    target 66
  ]
  edge [
    source 51
    target 67
  ]
  edge [
    source 51
    target 68
  ]
  edge [
    source 51
    target 69
  ]
  edge [
    source 51
    target 70
  ]
  edge [
    source 51
    target 71
  ]
  edge [
    source 51
    target 72
  ]
  edge [
    source 51
    target 73
  ]
  edge [
    source 51
    target 74
  ]
  edge [
    source 51
    target 75
  ]
  edge [
    source 51
    target 76
  ]
  edge [
    source 51
    target 83
  ]
  edge [
    source 51
    target 84
  ]
  edge [
    source 51
    target 85
  ]
  edge [
    source 51
    target 86
  ]
  edge [
    source 51
    target 87
  ]
  edge [
    source 51
    target 88
  ]
  edge [
    source 51
    target 89
  ]
  edge [
    source 51
    target 90
  ]
  edge [
    source 51
    target 91
  ]
  edge [
    source 51
    target 92
  ]
  edge [
    source 51
    target 93
  ]
  edge [
    source 51
    target 94
  ]
  edge [
    source 51
    target 95
  ]
  edge [
    source 51
    target 102
  ]
  edge [
    source 51
    target 103
  ]
  edge [
    source 51
    target 104
  ]
  edge [
    source 51
    target 105
  ]
  edge [
    source 51
    target 106
  ]
  edge [
    source 51
    target 107
  ]
  edge [
    source 51
    target 108
  ]
  edge [
    source 51
    target 109
  ]
  edge [
    source 51
    target 110
  ]
  edge [
    source 51
    target 111
  ]
  edge [
    source 51
    target 112
  ]
  edge [
    source 51
    target 113
  ]
  edge [
    source 51
    target 114
  ]
  edge [
    source 51
    target 121
  ]
  edge [
    source 51
    target 122
  ]
  edge [
    source 51
    target 123
  ]
  edge [
    source 51
    target 124
  ]
  edge [
    source 51
    target 125
  ]
  edge [
    source 51
    target 126
  ]
  edge [
    source 51
    target 127
  ]
  edge [
    source 51
    target 128
  ]
  edge [
    source 51
    target 129
  ]
  edge [
    source 51
    target 130
  ]
  edge [
    source 51
    target 131
  ]
  edge [
    source 51
    target 132
  ]
  edge [
    source 51
    target 133
  ]
  edge [
    source 51
    target 141
  ]
  edge [
    source 51
    target 142
  ]
  edge [
    source 51
    target 143
  ]
  edge [
    source 51
    target 144
  ]
  edge [
    source 51
    target 145
  ]
  edge [
    source 52
    target 189
  ]
  edge [
    source 52
    target 188
  ]
  edge [
    source 52
    target 187
  ]
  edge [
    source 52
    target 186
  ]
  edge [
    source 52
    target 185
  ]
  edge [
    source 52
    target 184
  ]
  edge [
    source 52
    target 183
  ]
  edge [
    source 52
    target 182
  ]
  edge [
    source 52
    target 181
  ]
  edge [
    source 52
    target 180
  ]
  edge [
    source 52
    target 179
  ]
  edge [
    source 52
    target 172
  ]
  edge [
    source 52
    target 171
  ]
  edge [
    source 52
    target 170
  ]
  edge [
    source 52
    target 169
  ]
  edge [
    source 52
    target 168
  ]
  edge [
    source 52
    target 167
  ]
  edge [
    source 52
    target 166
  ]
  edge [
    source 52
    target 165
  ]
  edge [
    source 52
    target 164
  ]
  edge [
    source 52
    target 163
  ]
  edge [
    source 52
    target 162
  ]
  edge [
    source 52
    target 161
  ]
  edge [
    source 52
    target 160
  ]
  edge [
    source 52
    target 152
  ]
  edge [
    source 52
    target 151
  ]
  edge [
    source 52
    target 150
  ]
  edge [
    source 52
    target 149
  ]
  edge [
    source 52
    target 148
  ]
  edge [
    source 52
    target 147
  ]
  edge [
    source 52
    target 53
  ]
  edge [
    source 52
    target 54
  ]
  edge [
    source 52
    target 55
  ]
  edge [
    source 52
    target 56
  ]
  edge [
    source 52
    target 57
  ]
  edge [
    source 52
    target 58
  ]
  edge [
    source 52
    target 65
  ]
  edge [
    source 52
    target 66
  ]
  edge [
    source 52
    target 67
  ]
  edge [
    source 52
    target 68
  ]
  edge [
    source 52
    target 69
  ]
  edge [
    source 52
    target 70
  ]
  edge [
    source 52
    target 71
  ]
  edge [
    source 52
    target 72
  ]
  edge [
    source 52
    target 73
  ]
  edge [
    source 52
    target 74
  ]
  edge [
    source 52
    target 75
  ]
  edge [
    source 52
    target 76
  ]
  edge [
    source 52
    target 77
  ]
  edge [
    source 52
    target 84
  ]
  edge [
    source 52
    target 85
  ]
  edge [
    source 52
    target 86
  ]
  edge [
    source 52
    target 87
  ]
  edge [
    source 52
    target 88
  ]
  edge [
    source 52
    target 89
  ]
  edge [
    source 52
    target 90
  ]
  edge [
    source 52
    target 91
  ]
  edge [
    source 52
    target 92
  ]
  edge [
    source 52
    target 93
  ]
  edge [
    source 52
    target 94
  ]
  edge [
    source 52
    target 95
  ]
  edge [
    source 52
    target 96
  ]
  edge [
    source 52
    target 103
  ]
  edge [
    source 52
    target 104
  ]
  edge [
    source 52
    target 105
  ]
  edge [
    source 52
    target 106
  ]
  edge [
    source 52
    target 107
  ]
  edge [
    source 52
    target 108
  ]
  edge [
    source 52
    target 109
  ]
  edge [
    source 52
    target 110
  ]
  edge [
    source 52
    target 111
  ]
  edge [
    source 52
    target 112
  ]
  edge [
    source 52
    target 113
  ]
  edge [
    source 52
    target 114
  ]
  edge [
    source 52
    target 115
  ]
  edge [
    source 52
    target 122
  ]
  edge [
    source 52
    target 123
  ]
  edge [
    source 52
    target 124
  ]
  edge [
    source 52
    target 125
  ]
  edge [
    source 52
    target 126
  ]
  edge [
    source 52
    target 127
  ]
  edge [
    source 52
    target 128
  ]
  edge [
    source 52
    target 129
  ]
  edge [
    source 52
    target 130
  ]
  edge [
    source 52
    target 131
  ]
  edge [
    source 52
    target 132
  ]
  edge [
    source 52
    target 133
  ]
  edge [
    source 52
    target 134
  ]
  edge [
    source 52
    target 142
  ]
  edge [
    source 52
    target 143
  ]
  edge [
    source 52
    target 144
  ]
  edge [
    source 52
    target 145
  ]
  edge [
    source 52
    target 146
  ]
  edge [
    source 53
    target 189
  ]
  edge [
    source 53
    target 188
  ]
  edge [
    source 53
    target 187
  ]
  edge [
    source 53
    target 186
  ]
  edge [
    source 53
    target 185
  ]
  edge [
    source 53
    target 184
  ]
  edge [
    source 53
    target 183
  ]
  edge [
    source 53
    target 182
  ]
  edge [
    source 53
    target 181
  ]
  edge [
    source 53
    target 180
  ]
  edge [
    source 53
    target 173
  ]
  edge [
    source 53
    target 172
  ]
  edge [
    source 53
    target 171
  ]
  edge [
    source 53
    target 170
  ]
  edge [
    source 53
    target 169
  ]
  edge [
    source 53
    target 168
  ]
  edge [
    source 53
    target 167
  ]
  edge [
    source 53
    target 166
  ]
  edge [
    source 53
    target 165
  ]
  edge [
    source 53
    target 164
  ]
  edge [
    source 53
    target 163
  ]
  edge [
    source 53
    target 162
  ]
  edge [
    source 53
    target 161
  ]
  edge [
    source 53
    target 153
  ]
  edge [
    source 53
    target 152
  ]
  edge [
    source 53
    target 151
  ]
  edge [
    source 53
    target 150
  ]
  edge [
    source 53
    target 149
  ]
  edge [
    source 53
    target 148
  ]
  edge [
    source 53
    target 54
  ]
  edge [
    source 53
    target 55
  ]
  edge [
    source 53
    target 56
  ]
  edge [
    source 53
    target 57
  ]
  edge [
    source 53
    target 58
  ]
  edge [
    source 53
    target 59
  ]
  edge [
    source 53
    target 66
  ]
  edge [
    source 53
    target 67
  ]
  edge [
    source 53
    target 68
  ]
  edge [
    source 53
    target 69
  ]
  edge [
    source 53
    target 70
  ]
  edge [
    source 53
    target 71
  ]
  edge [
    source 53
    target 72
  ]
  edge [
    source 53
    target 73
  ]
  edge [
    source 53
    target 74
  ]
  edge [
    source 53
    target 75
  ]
  edge [
    source 53
    target 76
  ]
  edge [
    source 53
    target 77
  ]
  edge [
    source 53
    target 78
  ]
  edge [
    source 53
    target 85
  ]
  edge [
    source 53
    target 86
  ]
  edge [
    source 53
    target 87
  ]
  edge [
    source 53
    target 88
  ]
  edge [
    source 53
    target 89
  ]
  edge [
    source 53
    target 90
  ]
  edge [
    source 53
    target 91
  ]
  edge [
    source 53
    target 92
  ]
  edge [
    source 53
    target 93
  ]
  edge [
    source 53
    target 94
  ]
  edge [
    source 53
    target 95
  ]
  edge [
    source 53
    target 96
  ]
  edge [
    source 53
    target 97
  ]
  edge [
    source 53
    target 104
  ]
  edge [
    source 53
    target 105
  ]
  edge [
    source 53
    target 106
  ]
  edge [
    source 53
    target 107
  ]
  edge [
    source 53
    target 108
  ]
  edge [
    source 53
    target 109
  ]
  edge [
    source 53
    target 110
  ]
  edge [
    source 53
    target 111
  ]
  edge [
    source 53
    target 112
  ]
  edge [
    source 53
    target 113
  ]
  edge [
    source 53
    target 114
  ]
  edge [
    source 53
    target 115
  ]
  edge [
    source 53
    target 116
  ]
  edge [
    source 53
    target 123
  ]
  edge [
    source 53
    target 124
  ]
  edge [
    source 53
    target 125
  ]
  edge [
    source 53
    target 126
  ]
  edge [
    source 53
    target 127
  ]
  edge [
    source 53
    target 128
  ]
  edge [
    source 53
    target 129
  ]
  edge [
    source 53
    target 130
  ]
  edge [
    source 53
    target 131
  ]
  edge [
    source 53
    target 132
  ]
  edge [
    source 53
    target 133
  ]
  edge [
    source 53
    target 134
  ]
  edge [
    source 53
    target 135
  ]
  edge [
    source 53
    target 143
  ]
  edge [
    source 53
    target 144
  ]
  edge [
    source 53
    target 145
  ]
  edge [
    source 53
    target 146
  ]
  edge [
    source 53
    target 147
  ]
  edge [
    source 54
    target 189
  ]
  edge [
    source 54
    target 188
  ]
  edge [
    source 54
    target 187
  ]
  edge [
    source 54
    target 186
  ]
  edge [
    source 54
    target 185
  ]
  edge [
    source 54
    target 184
  ]
  edge [
    source 54
    target 183
  ]
  edge [
    source 54
    target 182
  ]
  edge [
    source 54
    target 181
  ]
  edge [
    source 54
    target 174
  ]
  edge [
    source 54
    target 173
  ]
  edge [
    source 54
    target 172
  ]
  edge [
    source 54
    target 171
  ]
  edge [
    source 54
    target 170
  ]
  edge [
    source 54
    target 169
  ]
  edge [
    source 54
    target 168
  ]
  edge [
    source 54
    target 167
  ]
  edge [
    source 54
    target 166
  ]
  edge [
    source 54
    target 165
  ]
  edge [
    source 54
    target 164
  ]
  edge [
    source 54
    target 163
  ]
  edge [
    source 54
    target 162
  ]
  edge [
    source 54
    target 154
  ]
  edge [
    source 54
    target 153
  ]
  edge [
    source 54
    target 152
  ]
  edge [
    source 54
    target 151
  ]
  edge [
    source 54
    target 150
  ]
  edge [
    source 54
    target 149
  ]
  edge [
    source 54
    target 55
  ]
  edge [
    source 54
    target 56
  ]
  edge [
    source 54
    target 57
  ]
  edge [
    source 54
    target 58
  ]
  edge [
    source 54
    target 59
  ]
  edge [
    source 54
    target 60
  ]
  edge [
    source 54
    target 67
  ]
  edge [
    source 54
    target 68
  ]
  edge [
    source 54
    target 69
  ]
  edge [
    source 54
    target 70
  ]
  edge [
    source 54
    target 71
  ]
  edge [
    source 54
    target 72
  ]
  edge [
    source 54
    target 73
  ]
  edge [
    source 54
    target 74
  ]
  edge [
    source 54
    target 75
  ]
  edge [
    source 54
    target 76
  ]
  edge [
    source 54
    target 77
  ]
  edge [
    source 54
    target 78
  ]
  edge [
    source 54
    target 79
  ]
  edge [
    source 54
    target 86
  ]
  edge [
    source 54
    target 87
  ]
  edge [
    source 54
    target 88
  ]
  edge [
    source 54
    target 89
  ]
  edge [
    source 54
    target 90
  ]
  edge [
    source 54
    target 91
  ]
  edge [
    source 54
    target 92
  ]
  edge [
    source 54
    target 93
  ]
  edge [
    source 54
    target 94
  ]
  edge [
    source 54
    target 95
  ]
  edge [
    source 54
    target 96
  ]
  edge [
    source 54
    target 97
  ]
  edge [
    source 54
    target 98
  ]
  edge [
    source 54
    target 105
  ]
  edge [
    source 54
    target 106
  ]
  edge [
    source 54
    target 107
  ]
  edge [
    source 54
    target 108
  ]
  edge [
    source 54
    target 109
  ]
  edge [
    source 54
    target 110
  ]
  edge [
    source 54
    target 111
  ]
  edge [
    source 54
    target 112
  ]
  edge [
    source 54
    target 113
  ]
  edge [
    source 54
    target 114
  ]
  edge [
    source 54
    target 115
  ]
  edge [
    source 54
    target 116
  ]
  edge [
    source 54
    target 117
  ]
  edge [
    source 54
    target 124
  ]
  edge [
    source 54
    target 125
  ]
  edge [
    source 54
    target 126
  ]
  edge [
    source 54
    target 127
  ]
  edge [
    source 54
    target 128
  ]
  edge [
    source 54
    target 129
  ]
  edge [
    source 54
    target 130
  ]
  edge [
    source 54
    target 131
  ]
  edge [
    source 54
    target 132
  ]
  edge [
    source 54
    target 133
  ]
  edge [
    source 54
    target 134
  ]
  edge [
    source 54
    target 135
  ]
  edge [
    source 54
    target 136
  ]
  edge [
    source 54
    target 144
  ]
  edge [
    source 54
    target 145
  ]
  edge [
    source 54
    target 146
  ]
  edge [
    source 54
    target 147
  ]
  edge [
    source 54
    target 148
  ]
  edge [
    source 55
    target 189
  ]
  edge [
    source 55
    target 188
  ]
  edge [
    source 55
    target 187
  ]
  edge [
    source 55
    target 186
  ]
  edge [
    source 55
    target 185
  ]
  edge [
    source 55
    target 184
  ]
  edge [
    source 55
    target 183
  ]
  edge [
    source 55
    target 182
  ]
  edge [
    source 55
    target 175
  ]
  edge [
    source 55
    target 174
  ]
  edge [
    source 55
    target 173
  ]
  edge [
    source 55
    target 172
  ]
  edge [
    source 55
    target 171
  ]
  edge [
    source 55
    target 170
  ]
  edge [
    source 55
    target 169
  ]
  edge [
    source 55
    target 168
  ]
  edge [
    source 55
    target 167
  ]
  edge [
    source 55
    target 166
  ]
  edge [
    source 55
    target 165
  ]
  edge [
    source 55
    target 164
  ]
  edge [
    source 55
    target 163
  ]
  edge [
    source 55
    target 155
  ]
  edge [
    source 55
    target 154
  ]
  edge [
    source 55
    target 153
  ]
  edge [
    source 55
    target 152
  ]
  edge [
    source 55
    target 151
  ]
  edge [
    source 55
    target 150
  ]
  edge [
    source 55
    target 56
  ]
  edge [
    source 55
    target 57
  ]
  edge [
    source 55
    target 58
  ]
  edge [
    source 55
    target 59
  ]
  edge [
    source 55
    target 60
  ]
  edge [
    source 55
    target 61
  ]
  edge [
    source 55
    target 68
  ]
  edge [
    source 55
    target 69
  ]
  edge [
    source 55
    target 70
  ]
  edge [
    source 55
    target 71
  ]
  edge [
    source 55
    target 72
  ]
  edge [
    source 55
    target 73
  ]
  edge [
    source 55
    target 74
  ]
  edge [
    source 55
    target 75
  ]
  edge [
    source 55
    target 76
  ]
  edge [
    source 55
    target 77
  ]
  edge [
    source 55
    target 78
  ]
  edge [
    source 55
    target 79
  ]
  edge [
    source 55
    target 80
  ]
  edge [
    source 55
    target 87
  ]
  edge [
    source 55
    target 88
  ]
  edge [
    source 55
    target 89
  ]
  edge [
    source 55
    target 90
  ]
  edge [
    source 55
    target 91
  ]
  edge [
    source 55
    target 92
  ]
  edge [
    source 55
    target 93
  ]
  edge [
    source 55
    target 94
  ]
  edge [
    source 55
    target 95
  ]
  edge [
    source 55
    target 96
  ]
  edge [
    source 55
    target 97
  ]
  edge [
    source 55
    target 98
  ]
  edge [
    source 55
    target 99
  ]
  edge [
    source 55
    target 106
  ]
  edge [
    source 55
    target 107
  ]
  edge [
    source 55
    target 108
  ]
  edge [
    source 55
    target 109
  ]
  edge [
    source 55
    target 110
  ]
  edge [
    source 55
    target 111
  ]
  edge [
    source 55
    target 112
  ]
  edge [
    source 55
    target 113
  ]
  edge [
    source 55
    target 114
  ]
  edge [
    source 55
    target 115
  ]
  edge [
    source 55
    target 116
  ]
  edge [
    source 55
    target 117
  ]
  edge [
    source 55
    target 118
  ]
  edge [
    source 55
    target 125
  ]
  edge [
    source 55
    target 126
  ]
  edge [
    source 55
    target 127
  ]
  edge [
    source 55
    target 128
  ]
  edge [
    source 55
    target 129
  ]
  edge [
    source 55
    target 130
  ]
  edge [
    source 55
    target 131
  ]
  edge [
    source 55
    target 132
  ]
  edge [
    source 55
    target 133
  ]
  edge [
    source 55
    target 134
  ]
  edge [
    source 55
    target 135
  ]
  edge [
    source 55
    target 136
  ]
  edge [
    source 55
    target 137
  ]
  edge [
    source 55
    target 145
  ]
  edge [
    source 55
    target 146
  ]
  edge [
    source 55
    target 147
  ]
  edge [
    source 55
    target 148
  ]
  edge [
    source 55
    target 149
  ]
  edge [
    source 56
    target 189
  ]
  edge [
    source 56
    target 188
  ]
  edge [
    source 56
    target 187
  ]
  edge [
    source 56
    target 186
  ]
  edge [
    source 56
    target 185
  ]
  edge [
    source 56
    target 184
  ]
  edge [
    source 56
    target 183
  ]
  edge [
    source 56
    target 176
  ]
  edge [
    source 56
    target 175
  ]
  edge [
    source 56
    target 174
  ]
  edge [
    source 56
    target 173
  ]
  edge [
    source 56
    target 172
  ]
  edge [
    source 56
    target 171
  ]
  edge [
    source 56
    target 170
  ]
  edge [
    source 56
    target 169
  ]
  edge [
    source 56
    target 168
  ]
  edge [
    source 56
    target 167
  ]
  edge [
    source 56
    target 166
  ]
  edge [
    source 56
    target 165
  ]
  edge [
    source 56
    target 164
  ]
  edge [
    source 56
    target 156
  ]
  edge [
    source 56
    target 155
  ]
  edge [
    source 56
    target 154
  ]
  edge [
    source 56
    target 153
  ]
  edge [
    source 56
    target 152
  ]
  edge [
    source 56
    target 151
  ]
  edge [
    source 56
    target 57
  ]
  edge [
    source 56
    target 58
  ]
  edge [
    source 56
    target 59
  ]
  edge [
    source 56
    target 60
  ]
  edge [
    source 56
    target 61
  ]
  edge [
    source 56
    target 62
  ]
  edge [
    source 56
    target 69
  ]
  edge [
    source 56
    target 70
  ]
  edge [
    source 56
    target 71
  ]
  edge [
    source 56
    target 72
  ]
  edge [
    source 56
    target 73
  ]
  edge [
    source 56
    target 74
  ]
  edge [
    source 56
    target 75
  ]
  edge [
    source 56
    target 76
  ]
  edge [
    source 56
    target 77
  ]
  edge [
    source 56
    target 78
  ]
  edge [
    source 56
    target 79
  ]
  edge [
    source 56
    target 80
  ]
  edge [
    source 56
    target 81
  ]
  edge [
    source 56
    target 88
  ]
  edge [
    source 56
    target 89
  ]
  edge [
    source 56
    target 90
  ]
  edge [
    source 56
    target 91
  ]
  edge [
    source 56
    target 92
  ]
  edge [
    source 56
    target 93
  ]
  edge [
    source 56
    target 94
  ]
  edge [
    source 56
    target 95
  ]
  edge [
    source 56
    target 96
  ]
  edge [
    source 56
    target 97
  ]
  edge [
    source 56
    target 98
  ]
  edge [
    source 56
    target 99
  ]
  edge [
    source 56
    target 100
  ]
  edge [
    source 56
    target 107
  ]
  edge [
    source 56
    target 108
  ]
  edge [
    source 56
    target 109
  ]
  edge [
    source 56
    target 110
  ]
  edge [
    source 56
    target 111
  ]
  edge [
    source 56
    target 112
  ]
  edge [
    source 56
    target 113
  ]
  edge [
    source 56
    target 114
  ]
  edge [
    source 56
    target 115
  ]
  edge [
    source 56
    target 116
  ]
  edge [
    source 56
    target 117
  ]
  edge [
    source 56
    target 118
  ]
  edge [
    source 56
    target 119
  ]
  edge [
    source 56
    target 126
  ]
  edge [
    source 56
    target 127
  ]
  edge [
    source 56
    target 128
  ]
  edge [
    source 56
    target 129
  ]
  edge [
    source 56
    target 130
  ]
  edge [
    source 56
    target 131
  ]
  edge [
    source 56
    target 132
  ]
  edge [
    source 56
    target 133
  ]
  edge [
    source 56
    target 134
  ]
  edge [
    source 56
    target 135
  ]
  edge [
    source 56
    target 136
  ]
  edge [
    source 56
    target 137
  ]
  edge [
    source 56
    target 138
  ]
  edge [
    source 56
    target 146
  ]
  edge [
    source 56
    target 147
  ]
  edge [
    source 56
    target 148
  ]
  edge [
    source 56
    target 149
  ]
  edge [
    source 56
    target 150
  ]
  edge [
    source 57
    target 189
  ]
  edge [
    source 57
    target 188
  ]
  edge [
    source 57
    target 187
  ]
  edge [
    source 57
    target 186
  ]
  edge [
    source 57
    target 185
  ]
  edge [
    source 57
    target 184
  ]
  edge [
    source 57
    target 177
  ]
  edge [
    source 57
    target 176
  ]
  edge [
    source 57
    target 175
  ]
  edge [
    source 57
    target 174
  ]
  edge [
    source 57
    target 173
  ]
  edge [
    source 57
    target 172
  ]
  edge [
    source 57
    target 171
  ]
  edge [
    source 57
    target 170
  ]
  edge [
    source 57
    target 169
  ]
  edge [
    source 57
    target 168
  ]
  edge [
    source 57
    target 167
  ]
  edge [
    source 57
    target 166
  ]
  edge [
    source 57
    target 165
  ]
  edge [
    source 57
    target 157
  ]
  edge [
    source 57
    target 156
  ]
  edge [
    source 57
    target 155
  ]
  edge [
    source 57
    target 154
  ]
  edge [
    source 57
    target 153
  ]
  edge [
    source 57
    target 152
  ]
  edge [
    source 57
    target 58
  ]
  edge [
    source 57
    target 59
  ]
  edge [
    source 57
    target 60
  ]
  edge [
    source 57
    target 61
  ]
  edge [
    source 57
    target 62
  ]
  edge [
    source 57
    target 63
  ]
  edge [
    source 57
    target 70
  ]
  edge [
    source 57
    target 71
  ]
  edge [
    source 57
    target 72
  ]
  edge [
    source 57
    target 73
  ]
  edge [
    source 57
    target 74
  ]
  edge [
    source 57
    target 75
  ]
  edge [
    source 57
    target 76
  ]
  edge [
    source 57
    target 77
  ]
  edge [
    source 57
    target 78
  ]
  edge [
    source 57
    target 79
  ]
  edge [
    source 57
    target 80
  ]
  edge [
    source 57
    target 81
  ]
  edge [
    source 57
    target 82
  ]
  edge [
    source 57
    target 89
  ]
  edge [
    source 57
    target 90
  ]
  edge [
    source 57
    target 91
  ]
  edge [
    source 57
    target 92
  ]
  edge [
    source 57
    target 93
  ]
  edge [
    source 57
    target 94
  ]
  edge [
    source 57
    target 95
  ]
  edge [
    source 57
    target 96
  ]
  edge [
    source 57
    target 97
  ]
  edge [
    source 57
    target 98
  ]
  edge [
    source 57
    target 99
  ]
  edge [
    source 57
    target 100
  ]
  edge [
    source 57
    target 101
  ]
  edge [
    source 57
    target 108
  ]
  edge [
    source 57
    target 109
  ]
  edge [
    source 57
    target 110
  ]
  edge [
    source 57
    target 111
  ]
  edge [
    source 57
    target 112
  ]
  edge [
    source 57
    target 113
  ]
  edge [
    source 57
    target 114
  ]
  edge [
    source 57
    target 115
  ]
  edge [
    source 57
    target 116
  ]
  edge [
    source 57
    target 117
  ]
  edge [
    source 57
    target 118
  ]
  edge [
    source 57
    target 119
  ]
  edge [
    source 57
    target 120
  ]
  edge [
    source 57
    target 127
  ]
  edge [
    source 57
    target 128
  ]
  edge [
    source 57
    target 129
  ]
  edge [
    source 57
    target 130
  ]
  edge [
    source 57
    target 131
  ]
  edge [
    source 57
    target 132
  ]
  edge [
    source 57
    target 133
  ]
  edge [
    source 57
    target 134
  ]
  edge [
    source 57
    target 135
  ]
  edge [
    source 57
    target 136
  ]
  edge [
    source 57
    target 137
  ]
  edge [
    source 57
    target 138
  ]
  edge [
    source 57
    target 139
  ]
  edge [
    source 57
    target 147
  ]
  edge [
    source 57
    target 148
  ]
  edge [
    source 57
    target 149
  ]
  edge [
    source 57
    target 150
  ]
  edge [
    source 57
    target 151
  ]
  edge [
    source 58
    target 189
  ]
  edge [
    source 58
    target 188
  ]
  edge [
    source 58
    target 187
  ]
  edge [
    source 58
    target 186
  ]
  edge [
    source 58
    target 185
  ]
  edge [
    source 58
    target 178
  ]
  edge [
    source 58
    target 177
  ]
  edge [
    source 58
    target 176
  ]
  edge [
    source 58
    target 175
  ]
  edge [
    source 58
    target 174
  ]
  edge [
    source 58
    target 173
  ]
  edge [
    source 58
    target 172
  ]
  edge [
    source 58
    target 171
  ]
  edge [
    source 58
    target 170
  ]
  edge [
    source 58
    target 169
  ]
  edge [
    source 58
    target 168
  ]
  edge [
    source 58
    target 167
  ]
  edge [
    source 58
    target 166
  ]
  edge [
    source 58
    target 158
  ]
  edge [
    source 58
    target 157
  ]
  edge [
    source 58
    target 156
  ]
  edge [
    source 58
    target 155
  ]
  edge [
    source 58
    target 154
  ]
  edge [
    source 58
    target 153
  ]
  edge [
    source 58
    target 59
  ]
  edge [
    source 58
    target 60
  ]
  edge [
    source 58
    target 61
  ]
  edge [
    source 58
    target 62
  ]
  edge [
    source 58
    target 63
  ]
  edge [
    source 58
    target 64
  ]
  edge [
    source 58
    target 71
  ]
  edge [
    source 58
    target 72
  ]
  edge [
    source 58
    target 73
  ]
  edge [
    source 58
    target 74
  ]
  edge [
    source 58
    target 75
  ]
  edge [
    source 58
    target 76
  ]
  edge [
    source 58
    target 77
  ]
  edge [
    source 58
    target 78
  ]
  edge [
    source 58
    target 79
  ]
  edge [
    source 58
    target 80
  ]
  edge [
    source 58
    target 81
  ]
  edge [
    source 58
    target 82
  ]
  edge [
    source 58
    target 83
  ]
  edge [
    source 58
    target 90
  ]
  edge [
    source 58
    target 91
  ]
  edge [
    source 58
    target 92
  ]
  edge [
    source 58
    target 93
  ]
  edge [
    source 58
    target 94
  ]
  edge [
    source 58
    target 95
  ]
  edge [
    source 58
    target 96
  ]
  edge [
    source 58
    target 97
  ]
  edge [
    source 58
    target 98
  ]
  edge [
    source 58
    target 99
  ]
  edge [
    source 58
    target 100
  ]
  edge [
    source 58
    target 101
  ]
  edge [
    source 58
    target 102
  ]
  edge [
    source 58
    target 109
  ]
  edge [
    source 58
    target 110
  ]
  edge [
    source 58
    target 111
  ]
  edge [
    source 58
    target 112
  ]
  edge [
    source 58
    target 113
  ]
  edge [
    source 58
    target 114
  ]
  edge [
    source 58
    target 115
  ]
  edge [
    source 58
    target 116
  ]
  edge [
    source 58
    target 117
  ]
  edge [
    source 58
    target 118
  ]
  edge [
    source 58
    target 119
  ]
  edge [
    source 58
    target 120
  ]
  edge [
    source 58
    target 121
  ]
  edge [
    source 58
    target 128
  ]
  edge [
    source 58
    target 129
  ]
  edge [
    source 58
    target 130
  ]
  edge [
    source 58
    target 131
  ]
  edge [
    source 58
    target 132
  ]
  edge [
    source 58
    target 133
  ]
  edge [
    source 58
    target 134
  ]
  edge [
    source 58
    target 135
  ]
  edge [
    source 58
    target 136
  ]
  edge [
    source 58
    target 137
  ]
  edge [
    source 58
    target 138
  ]
  edge [
    source 58
    target 139
  ]
  edge [
    source 58
    target 140
  ]
  edge [
    source 58
    target 148
  ]
  edge [
    source 58
    target 149
  ]
  edge [
    source 58
    target 150
  ]
  edge [
    source 58
    target 151
  ]
  edge [
    source 58
    target 152
  ]
  edge [
    source 59
    target 189
  ]
  edge [
    source 59
    target 188
  ]
  edge [
    source 59
    target 187
  ]
  edge [
    source 59
    target 186
  ]
  edge [
    source 59
    target 179
  ]
  edge [
    source 59
    target 178
  ]
  edge [
    source 59
    target 177
  ]
  edge [
    source 59
    target 176
  ]
  edge [
    source 59
    target 175
  ]
  edge [
    source 59
    target 174
  ]
  edge [
    source 59
    target 173
  ]
  edge [
    source 59
    target 172
  ]
  edge [
    source 59
    target 171
  ]
  edge [
    source 59
    target 170
  ]
  edge [
    source 59
    target 169
  ]
  edge [
    source 59
    target 168
  ]
  edge [
    source 59
    target 167
  ]
  edge [
    source 59
    target 159
  ]
  edge [
    source 59
    target 158
  ]
  edge [
    source 59
    target 157
  ]
  edge [
    source 59
    target 156
  ]
  edge [
    source 59
    target 155
  ]
  edge [
    source 59
    target 154
  ]
  edge [
    source 59
    target 60
  ]
  edge [
    source 59
    target 61
  ]
  edge [
    source 59
    target 62
  ]
  edge [
    source 59
    target 63
  ]
  edge [
    source 59
    target 64
  ]
  edge [
    source 59
    target 65
  ]
  edge [
    source 59
    target 72
  ]
  edge [
    source 59
    target 73
  ]
  edge [
    source 59
    target 74
  ]
  edge [
    source 59
    target 75
  ]
  edge [
    source 59
    target 76
  ]
  edge [
    source 59
    target 77
  ]
  edge [
    source 59
    target 78
  ]
  edge [
    source 59
    target 79
  ]
  edge [
    source 59
    target 80
  ]
  edge [
    source 59
    target 81
  ]
  edge [
    source 59
    target 82
  ]
  edge [
    source 59
    target 83
  ]
  edge [
    source 59
    target 84
  ]
  edge [
    source 59
    target 91
  ]
  edge [
    source 59
    target 92
  ]
  edge [
    source 59
    target 93
  ]
  edge [
    source 59
    target 94
  ]
  edge [
    source 59
    target 95
  ]
  edge [
    source 59
    target 96
  ]
  edge [
    source 59
    target 97
  ]
  edge [
    source 59
    target 98
  ]
  edge [
    source 59
    target 99
  ]
  edge [
    source 59
    target 100
  ]
  edge [
    source 59
    target 101
  ]
  edge [
    source 59
    target 102
  ]
  edge [
    source 59
    target 103
  ]
  edge [
    source 59
    target 110
  ]
  edge [
    source 59
    target 111
  ]
  edge [
    source 59
    target 112
  ]
  edge [
    source 59
    target 113
  ]
  edge [
    source 59
    target 114
  ]
  edge [
    source 59
    target 115
  ]
  edge [
    source 59
    target 116
  ]
  edge [
    source 59
    target 117
  ]
  edge [
    source 59
    target 118
  ]
  edge [
    source 59
    target 119
  ]
  edge [
    source 59
    target 120
  ]
  edge [
    source 59
    target 121
  ]
  edge [
    source 59
    target 122
  ]
  edge [
    source 59
    target 129
  ]
  edge [
    source 59
    target 130
  ]
  edge [
    source 59
    target 131
  ]
  edge [
    source 59
    target 132
  ]
  edge [
    source 59
    target 133
  ]
  edge [
    source 59
    target 134
  ]
  edge [
    source 59
    target 135
  ]
  edge [
    source 59
    target 136
  ]
  edge [
    source 59
    target 137
  ]
  edge [
    source 59
    target 138
  ]
  edge [
    source 59
    target 139
  ]
  edge [
    source 59
    target 140
  ]
  edge [
    source 59
    target 141
  ]
  edge [
    source 59
    target 149
  ]
  edge [
    source 59
    target 150
  ]
  edge [
    source 59
    target 151
  ]
  edge [
    source 59
    target 152
  ]
  edge [
    source 59
    target 153
  ]
  edge [
    source 60
    target 189
  ]
  edge [
    source 60
    target 188
  ]
  edge [
    source 60
    target 187
  ]
  edge [
    source 60
    target 180
  ]
  edge [
    source 60
    target 179
  ]
  edge [
    source 60
    target 178
  ]
  edge [
    source 60
    target 177
  ]
  edge [
    source 60
    target 176
  ]
  edge [
    source 60
    target 175
  ]
  edge [
    source 60
    target 174
  ]
  edge [
    source 60
    target 173
  ]
  edge [
    source 60
    target 172
  ]
  edge [
    source 60
    target 171
  ]
  edge [
    source 60
    target 170
  ]
  edge [
    source 60
    target 169
  ]
  edge [
    source 60
    target 168
  ]
  edge [
    source 60
    target 160
  ]
  edge [
    source 60
    target 159
  ]
  edge [
    source 60
    target 158
  ]
  edge [
    source 60
    target 157
  ]
  edge [
    source 60
    target 156
  ]
  edge [
    source 60
    target 155
  ]
  edge [
    source 60
    target 61
  ]
  edge [
    source 60
    target 62
  ]
  edge [
    source 60
    target 63
  ]
  edge [
    source 60
    target 64
  ]
  edge [
    source 60
    target 65
  ]
  edge [
    source 60
    target 66
  ]
  edge [
    source 60
    target 73
  ]
  edge [
    source 60
    target 74
  ]
  edge [
    source 60
    target 75
  ]
  edge [
    source 60
    target 76
  ]
  edge [
    source 60
    target 77
  ]
  edge [
    source 60
    target 78
  ]
  edge [
    source 60
    target 79
  ]
  edge [
    source 60
    target 80
  ]
  edge [
    source 60
    target 81
  ]
  edge [
    source 60
    target 82
  ]
  edge [
    source 60
    target 83
  ]
  edge [
    source 60
    target 84
  ]
  edge [
    source 60
    target 85
  ]
  edge [
    source 60
    target 92
  ]
  edge [
    source 60
    target 93
  ]
  edge [
    source 60
    target 94
  ]
  edge [
    source 60
    target 95
  ]
  edge [
    source 60
    target 96
  ]
  edge [
    source 60
    target 97
  ]
  edge [
    source 60
    target 98
  ]
  edge [
    source 60
    target 99
  ]
  edge [
    source 60
    target 100
  ]
  edge [
    source 60
    target 101
  ]
  edge [
    source 60
    target 102
  ]
  edge [
    source 60
    target 103
  ]
  edge [
    source 60
    target 104
  ]
  edge [
    source 60
    target 111
  ]
  edge [
    source 60
    target 112
  ]
  edge [
    source 60
    target 113
  ]
  edge [
    source 60
    target 114
  ]
  edge [
    source 60
    target 115
  ]
  edge [
    source 60
    target 116
  ]
  edge [
    source 60
    target 117
  ]
  edge [
    source 60
    target 118
  ]
  edge [
    source 60
    target 119
  ]
  edge [
    source 60
    target 120
  ]
  edge [
    source 60
    target 121
  ]
  edge [
    source 60
    target 122
  ]
  edge [
    source 60
    target 123
  ]
  edge [
    source 60
    target 130
  ]
  edge [
    source 60
    target 131
  ]
  edge [
    source 60
    target 132
  ]
  edge [
    source 60
    target 133
  ]
  edge [
    source 60
    target 134
  ]
  edge [
    source 60
    target 135
  ]
  edge [
    source 60
    target 136
  ]
  edge [
    source 60
    target 137
  ]
  edge [
    source 60
    target 138
  ]
  edge [
    source 60
    target 139
  ]
  edge [
    source 60
    target 140
  ]
  edge [
    source 60
    target 141
  ]
  edge [
    source 60
    target 142
  ]
  edge [
    source 60
    target 150
  ]
  edge [
    source 60
    target 151
  ]
  edge [
    source 60
    target 152
  ]
  edge [
    source 60
    target 153
  ]
  edge [
    source 60
    target 154
  ]
  edge [
    source 61
    target 189
  ]
  edge [
    source 61
    target 188
  ]
  edge [
    source 61
    target 181
  ]
  edge [
    source 61
    target 180
  ]
  edge [
    source 61
    target 179
  ]
  edge [
    source 61
    target 178
  ]
  edge [
    source 61
    target 177
  ]
  edge [
    source 61
    target 176
  ]
  edge [
    source 61
    target 175
  ]
  edge [
    source 61
    target 174
  ]
  edge [
    source 61
    target 173
  ]
  edge [
    source 61
    target 172
  ]
  edge [
    source 61
    target 171
  ]
  edge [
    source 61
    target 170
  ]
  edge [
    source 61
    target 169
  ]
  edge [
    source 61
    target 161
  ]
  edge [
    source 61
    target 160
  ]
  edge [
    source 61
    target 159
  ]
  edge [
    source 61
    target 158
  ]
  edge [
    source 61
    target 157
  ]
  edge [
    source 61
    target 156
  ]
  edge [
    source 61
    target 62
  ]
  edge [
    source 61
    target 63
  ]
  edge [
    source 61
    target 64
  ]
  edge [
    source 61
    target 65
  ]
  edge [
    source 61
    target 66
  ]
  edge [
    source 61
    target 67
  ]
  edge [
    source 61
    target 74
  ]
  edge [
    source 61
    target 75
  ]
  edge [
    source 61
    target 76
  ]
  edge [
    source 61
    target 77
  ]
  edge [
    source 61
    target 78
  ]
  edge [
    source 61
    target 79
  ]
  edge [
    source 61
    target 80
  ]
  edge [
    source 61
    target 81
  ]
  edge [
    source 61
    target 82
  ]
  edge [
    source 61
    target 83
  ]
  edge [
    source 61
    target 84
  ]
  edge [
    source 61
    target 85
  ]
  edge [
    source 61
    target 86
  ]
  edge [
    source 61
    target 93
  ]
  edge [
    source 61
    target 94
  ]
  edge [
    source 61
    target 95
  ]
  edge [
    source 61
    target 96
  ]
  edge [
    source 61
    target 97
  ]
  edge [
    source 61
    target 98
  ]
  edge [
    source 61
    target 99
  ]
  edge [
    source 61
    target 100
  ]
  edge [
    source 61
    target 101
  ]
  edge [
    source 61
    target 102
  ]
  edge [
    source 61
    target 103
  ]
  edge [
    source 61
    target 104
  ]
  edge [
    source 61
    target 105
  ]
  edge [
    source 61
    target 112
  ]
  edge [
    source 61
    target 113
  ]
  edge [
    source 61
    target 114
  ]
  edge [
    source 61
    target 115
  ]
  edge [
    source 61
    target 116
  ]
  edge [
    source 61
    target 117
  ]
  edge [
    source 61
    target 118
  ]
  edge [
    source 61
    target 119
  ]
  edge [
    source 61
    target 120
  ]
  edge [
    source 61
    target 121
  ]
  edge [
    source 61
    target 122
  ]
  edge [
    source 61
    target 123
  ]
  edge [
    source 61
    target 124
  ]
  edge [
    source 61
    target 131
  ]
  edge [
    source 61
    target 132
  ]
  edge [
    source 61
    target 133
  ]
  edge [
    source 61
    target 134
  ]
  edge [
    source 61
    target 135
  ]
  edge [
    source 61
    target 136
  ]
  edge [
    source 61
    target 137
  ]
  edge [
    source 61
    target 138
  ]
  edge [
    source 61
    target 139
  ]
  edge [
    source 61
    target 140
  ]
  edge [
    source 61
    target 141
  ]
  edge [
    source 61
    target 142
  ]
  edge [
    source 61
    target 143
  ]
  edge [
    source 61
    target 151
  ]
  edge [
    source 61
    target 152
  ]
  edge [
    source 61
    target 153
  ]
  edge [
    source 61
    target 154
  ]
  edge [
    source 61
    target 155
  ]
  edge [
    source 62
    target 189
  ]
  edge [
    source 62
    target 182
  ]
  edge [
    source 62
    target 181
  ]
  edge [
    source 62
    target 180
  ]
  edge [
    source 62
    target 179
  ]
  edge [
    source 62
    target 178
  ]
  edge [
    source 62
    target 177
  ]
  edge [
    source 62
    target 176
  ]
  edge [
    source 62
    target 175
  ]
  edge [
    source 62
    target 174
  ]
  edge [
    source 62
    target 173
  ]
  edge [
    source 62
    target 172
  ]
  edge [
    source 62
    target 171
  ]
  edge [
    source 62
    target 170
  ]
  edge [
    source 62
    target 162
  ]
  edge [
    source 62
    target 161
  ]
  edge [
    source 62
    target 160
  ]
  edge [
    source 62
    target 159
  ]
  edge [
    source 62
    target 158
  ]
  edge [
    source 62
    target 157
  ]
  edge [
    source 62
    target 63
  ]
  edge [
    source 62
    target 64
  ]
  edge [
    source 62
    target 65
  ]
  edge [
    source 62
    target 66
  ]
  edge [
    source 62
    target 67
  ]
  edge [
    source 62
    target 68
  ]
  edge [
    source 62
    target 75
  ]
  edge [
    source 62
    target 76
  ]
  edge [
    source 62
    target 77
  ]
  edge [
    source 62
    target 78
  ]
  edge [
    source 62
    target 79
  ]
  edge [
    source 62
    target 80
  ]
  edge [
    source 62
    target 81
  ]
  edge [
    source 62
    target 82
  ]
  edge [
    source 62
    target 83
  ]
  edge [
    source 62
    target 84
  ]
  edge [
    source 62
    target 85
  ]
  edge [
    source 62
    target 86
  ]
  edge [
    source 62
    target 87
  ]
  edge [
    source 62
    target 94
  ]
  edge [
    source 62
    target 95
  ]
  edge [
    source 62
    target 96
  ]
  edge [
    source 62
    target 97
  ]
  edge [
    source 62
    target 98
  ]
  edge [
    source 62
    target 99
  ]
  edge [
    source 62
    target 100
  ]
  edge [
    source 62
    target 101
  ]
  edge [
    source 62
    target 102
  ]
  edge [
    source 62
    target 103
  ]
  edge [
    source 62
    target 104
  ]
  edge [
    source 62
    target 105
  ]
  edge [
    source 62
    target 106
  ]
  edge [
    source 62
    target 113
  ]
  edge [
    source 62
    target 114
  ]
  edge [
    source 62
    target 115
  ]
  edge [
    source 62
    target 116
  ]
  edge [
    source 62
    target 117
  ]
  edge [
    source 62
    target 118
  ]
  edge [
    source 62
    target 119
  ]
  edge [
    source 62
    target 120
  ]
  edge [
    source 62
    target 121
  ]
  edge [
    source 62
    target 122
  ]
  edge [
    source 62
    target 123
  ]
  edge [
    source 62
    target 124
  ]
  edge [
    source 62
    target 125
  ]
  edge [
    source 62
    target 132
  ]
  edge [
    source 62
    target 133
  ]
  edge [
    source 62
    target 134
  ]
  edge [
    source 62
    target 135
  ]
  edge [
    source 62
    target 136
  ]
  edge [
    source 62
    target 137
  ]
  edge [
    source 62
    target 138
  ]
  edge [
    source 62
    target 139
  ]
  edge [
    source 62
    target 140
  ]
  edge [
    source 62
    target 141
  ]
  edge [
    source 62
    target 142
  ]
  edge [
    source 62
    target 143
  ]
  edge [
    source 62
    target 144
  ]
  edge [
    source 62
    target 152
  ]
  edge [
    source 62
    target 153
  ]
  edge [
    source 62
    target 154
  ]
  edge [
    source 62
    target 155
  ]
  edge [
    source 62
    target 156
  ]
  edge [
    source 63
    target 183
  ]
  edge [
    source 63
    target 182
  ]
  edge [
    source 63
    target 181
  ]
  edge [
    source 63
    target 180
  ]
  edge [
    source 63
    target 179
  ]
  edge [
    source 63
    target 178
  ]
  edge [
    source 63
    target 177
  ]
  edge [
    source 63
    target 176
  ]
  edge [
    source 63
    target 175
  ]
  edge [
    source 63
    target 174
  ]
  edge [
    source 63
    target 173
  ]
  edge [
    source 63
    target 172
  ]
  edge [
    source 63
    target 171
  ]
  edge [
    source 63
    target 163
  ]
  edge [
    source 63
    target 162
  ]
  edge [
    source 63
    target 161
  ]
  edge [
    source 63
    target 160
  ]
  edge [
    source 63
    target 159
  ]
  edge [
    source 63
    target 158
  ]
  edge [
    source 63
    target 64
  ]
  edge [
    source 63
    target 65
  ]
  edge [
    source 63
    target 66
  ]
  edge [
    source 63
    target 67
  ]
  edge [
    source 63
    target 68
  ]
  edge [
    source 63
    target 69
  ]
  edge [
    source 63
    target 76
  ]
  edge [
    source 63
    target 77
  ]
  edge [
    source 63
    target 78
  ]
  edge [
    source 63
    target 79
  ]
  edge [
    source 63
    target 80
  ]
  edge [
    source 63
    target 81
  ]
  edge [
    source 63
    target 82
  ]
  edge [
    source 63
    target 83
  ]
  edge [
    source 63
    target 84
  ]
  edge [
    source 63
    target 85
  ]
  edge [
    source 63
    target 86
  ]
  edge [
    source 63
    target 87
  ]
  edge [
    source 63
    target 88
  ]
  edge [
    source 63
    target 95
  ]
  edge [
    source 63
    target 96
  ]
  edge [
    source 63
    target 97
  ]
  edge [
    source 63
    target 98
  ]
  edge [
    source 63
    target 99
  ]
  edge [
    source 63
    target 100
  ]
  edge [
    source 63
    target 101
  ]
  edge [
    source 63
    target 102
  ]
  edge [
    source 63
    target 103
  ]
  edge [
    source 63
    target 104
  ]
  edge [
    source 63
    target 105
  ]
  edge [
    source 63
    target 106
  ]
  edge [
    source 63
    target 107
  ]
  edge [
    source 63
    target 114
  ]
  edge [
    source 63
    target 115
  ]
  edge [
    source 63
    target 116
  ]
  edge [
    source 63
    target 117
  ]
  edge [
    source 63
    target 118
  ]
  edge [
    source 63
    target 119
  ]
  edge [
    source 63
    target 120
  ]
  edge [
    source 63
    target 121
  ]
  edge [
    source 63
    target 122
  ]
  edge [
    source 63
    target 123
  ]
  edge [
    source 63
    target 124
  ]
  edge [
    source 63
    target 125
  ]
  edge [
    source 63
    target 126
  ]
  edge [
    source 63
    target 133
  ]
  edge [
    source 63
    target 134
  ]
  edge [
    source 63
    target 135
  ]
  edge [
    source 63
    target 136
  ]
  edge [
    source 63
    target 137
  ]
  edge [
    source 63
    target 138
  ]
  edge [
    source 63
    target 139
  ]
  edge [
    source 63
    target 140
  ]
  edge [
    source 63
    target 141
  ]
  edge [
    source 63
    target 142
  ]
  edge [
    source 63
    target 143
  ]
  edge [
    source 63
    target 144
  ]
  edge [
    source 63
    target 145
  ]
  edge [
    source 63
    target 153
  ]
  edge [
    source 63
    target 154
  ]
  edge [
    source 63
    target 155
  ]
  edge [
    source 63
    target 156
  ]
  edge [
    source 63
    target 157
  ]
  edge [
    source 64
    target 184
  ]
  edge [
    source 64
    target 183
  ]
  edge [
    source 64
    target 182
  ]
  edge [
    source 64
    target 181
  ]
  edge [
    source 64
    target 180
  ]
  edge [
    source 64
    target 179
  ]
  edge [
    source 64
    target 178
  ]
  edge [
    source 64
    target 177
  ]
  edge [
    source 64
    target 176
  ]
  edge [
    source 64
    target 175
  ]
  edge [
    source 64
    target 174
  ]
  edge [
    source 64
    target 173
  ]
  edge [
    source 64
    target 172
  ]
  edge [
    source 64
    target 164
  ]
  edge [
    source 64
    target 163
  ]
  edge [
    source 64
    target 162
  ]
  edge [
    source 64
    target 161
  ]
  edge [
    source 64
    target 160
  ]
  edge [
    source 64
    target 159
  ]
  edge [
    source 64
    target 65
  ]
  edge [
    source 64
    target 66
  ]
  edge [
    source 64
    target 67
  ]
  edge [
    source 64
    target 68
  ]
  edge [
    source 64
    target 69
  ]
  edge [
    source 64
    target 70
  ]
  edge [
    source 64
    target 77
  ]
  edge [
    source 64
    target 78
  ]
  edge [
    source 64
    target 79
  ]
  edge [
    source 64
    target 80
  ]
  edge [
    source 64
    target 81
  ]
  edge [
    source 64
    target 82
  ]
  edge [
    source 64
    target 83
  ]
  edge [
    source 64
    target 84
  ]
  edge [
    source 64
    target 85
  ]
  edge [
    source 64
    target 86
  ]
  edge [
    source 64
    target 87
  ]
  edge [
    source 64
    target 88
  ]
  edge [
    source 64
    target 89
  ]
  edge [
    source 64
    target 96
  ]
  edge [
    source 64
    target 97
  ]
  edge [
    source 64
    target 98
  ]
  edge [
    source 64
    target 99
  ]
  edge [
    source 64
    target 100
  ]
  edge [
    source 64
    target 101
  ]
  edge [
    source 64
    target 102
  ]
  edge [
    source 64
    target 103
  ]
  edge [
    source 64
    target 104
  ]
  edge [
    source 64
    target 105
  ]
  edge [
    source 64
    target 106
  ]
  edge [
    source 64
    target 107
  ]
  edge [
    source 64
    target 108
  ]
  edge [
    source 64
    target 115
  ]
  edge [
    source 64
    target 116
  ]
  edge [
    source 64
    target 117
  ]
  edge [
    source 64
    target 118
  ]
  edge [
    source 64
    target 119
  ]
  edge [
    source 64
    target 120
  ]
  edge [
    source 64
    target 121
  ]
  edge [
    source 64
    target 122
  ]
  edge [
    source 64
    target 123
  ]
  edge [
    source 64
    target 124
  ]
  edge [
    source 64
    target 125
  ]
  edge [
    source 64
    target 126
  ]
  edge [
    source 64
    target 127
  ]
  edge [
    source 64
    target 134
  ]
  edge [
    source 64
    target 135
  ]
  edge [
    source 64
    target 136
  ]
  edge [
    source 64
    target 137
  ]
  edge [
    source 64
    target 138
  ]
  edge [
    source 64
    target 139
  ]
  edge [
    source 64
    target 140
  ]
  edge [
    source 64
    target 141
  ]
  edge [
    source 64
    target 142
  ]
  edge [
    source 64
    target 143
  ]
  edge [
    source 64
    target 144
  ]
  edge [
    source 64
    target 145
  ]
  edge [
    source 64
    target 146
  ]
  edge [
    source 64
    target 154
  ]
  edge [
    source 64
    target 155
  ]
  edge [
    source 64
    target 156
  ]
  edge [
    source 64
    target 157
  ]
  edge [
    source 64
    target 158
  ]
  edge [
    source 65
    target 185
  ]
  edge [
    source 65
    target 184
  ]
  edge [
    source 65
    target 183
  ]
  edge [
    source 65
    target 182
  ]
  edge [
    source 65
    target 181
  ]
  edge [
    source 65
    target 180
  ]
  edge [
    source 65
    target 179
  ]
  edge [
    source 65
    target 178
  ]
  edge [
    source 65
    target 177
  ]
  edge [
    source 65
    target 176
  ]
  edge [
    source 65
    target 175
  ]
  edge [
    source 65
    target 174
  ]
  edge [
    source 65
    target 173
  ]
  edge [
    source 65
    target 165
  ]
  edge [
    source 65
    target 164
  ]
  edge [
    source 65
    target 163
  ]
  edge [
    source 65
    target 162
  ]
  edge [
    source 65
    target 161
  ]
  edge [
    source 65
    target 160
  ]
  edge [
    source 65
    target 66
  ]
  edge [
    source 65
    target 67
  ]
  edge [
    source 65
    target 68
  ]
  edge [
    source 65
    target 69
  ]
  edge [
    source 65
    target 70
  ]
  edge [
    source 65
    target 71
  ]
  edge [
    source 65
    target 78
  ]
  edge [
    source 65
    target 79
  ]
  edge [
    source 65
    target 80
  ]
  edge [
    source 65
    target 81
  ]
  edge [
    source 65
    target 82
  ]
  edge [
    source 65
    target 83
  ]
  edge [
    source 65
    target 84
  ]
  edge [
    source 65
    target 85
  ]
  edge [
    source 65
    target 86
  ]
  edge [
    source 65
    target 87
  ]
  edge [
    source 65
    target 88
  ]
  edge [
    source 65
    target 89
  ]
  edge [
    source 65
    target 90
  ]
  edge [
    source 65
    target 97
  ]
  edge [
    source 65
    target 98
  ]
  edge [
    source 65
    target 99
  ]
  edge [
    source 65
    target 100
  ]
  edge [
    source 65
    target 101
  ]
  edge [
    source 65
    target 102
  ]
  edge [
    source 65
    target 103
  ]
  edge [
    source 65
    target 104
  ]
  edge [
    source 65
    target 105
  ]
  edge [
    source 65
    target 106
  ]
  edge [
    source 65
    target 107
  ]
  edge [
    source 65
    target 108
  ]
  edge [
    source 65
    target 109
  ]
  edge [
    source 65
    target 116
  ]
  edge [
    source 65
    target 117
  ]
  edge [
    source 65
    target 118
  ]
  edge [
    source 65
    target 119
  ]
  edge [
    source 65
    target 120
  ]
  edge [
    source 65
    target 121
  ]
  edge [
    source 65
    target 122
  ]
  edge [
    source 65
    target 123
  ]
  edge [
    source 65
    target 124
  ]
  edge [
    source 65
    target 125
  ]
  edge [
    source 65
    target 126
  ]
  edge [
    source 65
    target 127
  ]
  edge [
    source 65
    target 128
  ]
  edge [
    source 65
    target 135
  ]
  edge [
    source 65
    target 136
  ]
  edge [
    source 65
    target 137
  ]
  edge [
    source 65
    target 138
  ]
  edge [
    source 65
    target 139
  ]
  edge [
    source 65
    target 140
  ]
  edge [
    source 65
    target 141
  ]
  edge [
    source 65
    target 142
  ]
  edge [
    source 65
    target 143
  ]
  edge [
    source 65
    target 144
  ]
  edge [
    source 65
    target 145
  ]
  edge [
    source 65
    target 146
  ]
  edge [
    source 65
    target 147
  ]
  edge [
    source 65
    target 155
  ]
  edge [
    source 65
    target 156
  ]
  edge [
    source 65
    target 157
  ]
  edge [
    source 65
    target 158
  ]
  edge [
    source 65
    target 159
  ]
  edge [
    source 66
    target 186
  ]
  edge [
    source 66
    target 185
  ]
  edge [
    source 66
    target 184
  ]
  edge [
    source 66
    target 183
  ]
  edge [
    source 66
    target 182
  ]
  edge [
    source 66
    target 181
  ]
  edge [
    source 66
    target 180
  ]
  edge [
    source 66
    target 179
  ]
  edge [
    source 66
    target 178
  ]
  edge [
    source 66
    target 177
  ]
  edge [
    source 66
    target 176
  ]
  edge [
    source 66
    target 175
  ]
  edge [
    source 66
    target 174
  ]
  edge [
    source 66
    target 166
  ]
  edge [
    source 66
    target 165
  ]
  edge [
    source 66
    target 164
  ]
  edge [
    source 66
    target 163
  ]
  edge [
    source 66
    target 162
  ]
  edge [
    source 66
    target 161
  ]
  edge [
    source 66
    target 67
  ]
  edge [
    source 66
    target 68
  ]
  edge [
    source 66
    target 69
  ]
  edge [
    source 66
    target 70
  ]
  edge [
    source 66
    target 71
  ]
  edge [
    source 66
    target 72
  ]
  edge [
    source 66
    target 79
  ]
  edge [
    source 66
    target 80
  ]
  edge [
    source 66
    target 81
  ]
  edge [
    source 66
    target 82
  ]
  edge [
    source 66
    target 83
  ]
  edge [
    source 66
    target 84
  ]
  edge [
    source 66
    target 85
  ]
  edge [
    source 66
    target 86
  ]
  edge [
    source 66
    target 87
  ]
  edge [
    source 66
    target 88
  ]
  edge [
    source 66
    target 89
  ]
  edge [
    source 66
    target 90
  ]
  edge [
    source 66
    target 91
  ]
  edge [
    source 66
    target 98
  ]
  edge [
    source 66
    target 99
  ]
  edge [
    source 66
    target 100
  ]
  edge [
    source 66
    target 101
  ]
  edge [
    source 66
    target 102
  ]
  edge [
    source 66
    target 103
  ]
  edge [
    source 66
    target 104
  ]
  edge [
    source 66
    target 105
  ]
  edge [
    source 66
    target 106
  ]
  edge [
    source 66
    target 107
  ]
  edge [
    source 66
    target 108
  ]
  edge [
    source 66
    target 109
  ]
  edge [
    source 66
    target 110
  ]
  edge [
    source 66
    target 117
  ]
  edge [
    source 66
    target 118
  ]
  edge [
    source 66
    target 119
  ]
  edge [
    source 66
    target 120
  ]
  edge [
    source 66
    target 121
  ]
  edge [
    source 66
    target 122
  ]
  edge [
    source 66
    target 123
  ]
  edge [
    source 66
    target 124
  ]
  edge [
    source 66
    target 125
  ]
  edge [
    source 66
    target 126
  ]
  edge [
    source 66
    target 127
  ]
  edge [
    source 66
    target 128
  ]
  edge [
    source 66
    target 129
  ]
  edge [
    source 66
    target 136
  ]
  edge [
    source 66
    target 137
  ]
  edge [
    source 66
    target 138
  ]
  edge [
    source 66
    target 139
  ]
  edge [
    source 66
    target 140
  ]
  edge [
    source 66
    target 141
  ]
  edge [
    source 66
    target 142
  ]
  edge [
    source 66
    target 143
  ]
  edge [
    source 66
    target 144
  ]
  edge [
    source 66
    target 145
  ]
  edge [
    source 66
    target 146
  ]
  edge [
    source 66
    target 147
  ]
  edge [
    source 66
    target 148
  ]
  edge [
    source 66
    target 156
  ]
  edge [
    source 66
    target 157
  ]
  edge [
    source 66
    target 158
  ]
  edge [
    source 66
    target 159
  ]
  edge [
    source 66
    target 160
  ]
  edge [
    source 67
    target 187
  ]
  edge [
    source 67
    target 186
  ]
  edge [
    source 67
    target 185
  ]
  edge [
    source 67
    target 184
  ]
  edge [
    source 67
    target 183
  ]
  edge [
    source 67
    target 182
  ]
  edge [
    source 67
    target 181
  ]
  edge [
    source 67
    target 180
  ]
  edge [
    source 67
    target 179
  ]
  edge [
    source 67
    target 178
  ]
  edge [
    source 67
    target 177
  ]
  edge [
    source 67
    target 176
  ]
  edge [
    source 67
    target 175
  ]
  edge [
    source 67
    target 167
  ]
  edge [
    source 67
    target 166
  ]
  edge [
    source 67
    target 165
  ]
  edge [
    source 67
    target 164
  ]
  edge [
    source 67
    target 163
  ]
  edge [
    source 67
    target 162
  ]
  edge [
    source 67
    target 68
  ]
  edge [
    source 67
    target 69
  ]
  edge [
    source 67
    target 70
  ]
  edge [
    source 67
    target 71
  ]
  edge [
    source 67
    target 72
  ]
  edge [
    source 67
    target 73
  ]
  edge [
    source 67
    target 80
  ]
  edge [
    source 67
    target 81
  ]
  edge [
    source 67
    target 82
  ]
  edge [
    source 67
    target 83
  ]
  edge [
    source 67
    target 84
  ]
  edge [
    source 67
    target 85
  ]
  edge [
    source 67
    target 86
  ]
  edge [
    source 67
    target 87
  ]
  edge [
    source 67
    target 88
  ]
  edge [
    source 67
    target 89
  ]
  edge [
    source 67
    target 90
  ]
  edge [
    source 67
    target 91
  ]
  edge [
    source 67
    target 92
  ]
  edge [
    source 67
    target 99
  ]
  edge [
    source 67
    target 100
  ]
  edge [
    source 67
    target 101
  ]
  edge [
    source 67
    target 102
  ]
  edge [
    source 67
    target 103
  ]
  edge [
    source 67
    target 104
  ]
  edge [
    source 67
    target 105
  ]
  edge [
    source 67
    target 106
  ]
  edge [
    source 67
    target 107
  ]
  edge [
    source 67
    target 108
  ]
  edge [
    source 67
    target 109
  ]
  edge [
    source 67
    target 110
  ]
  edge [
    source 67
    target 111
  ]
  edge [
    source 67
    target 118
  ]
  edge [
    source 67
    target 119
  ]
  edge [
    source 67
    target 120
  ]
  edge [
    source 67
    target 121
  ]
  edge [
    source 67
    target 122
  ]
  edge [
    source 67
    target 123
  ]
  edge [
    source 67
    target 124
  ]
  edge [
    source 67
    target 125
  ]
  edge [
    source 67
    target 126
  ]
  edge [
    source 67
    target 127
  ]
  edge [
    source 67
    target 128
  ]
  edge [
    source 67
    target 129
  ]
  edge [
    source 67
    target 130
  ]
  edge [
    source 67
    target 137
  ]
  edge [
    source 67
    target 138
  ]
  edge [
    source 67
    target 139
  ]
  edge [
    source 67
    target 140
  ]
  edge [
    source 67
    target 141
  ]
  edge [
    source 67
    target 142
  ]
  edge [
    source 67
    target 143
  ]
  edge [
    source 67
    target 144
  ]
  edge [
    source 67
    target 145
  ]
  edge [
    source 67
    target 146
  ]
  edge [
    source 67
    target 147
  ]
  edge [
    source 67
    target 148
  ]
  edge [
    source 67
    target 149
  ]
  edge [
    source 67
    target 157
  ]
  edge [
    source 67
    target 158
  ]
  edge [
    source 67
    target 159
  ]
  edge [
    source 67
    target 160
  ]
  edge [
    source 67
    target 161
  ]
  edge [
    source 68
    target 188
  ]
  edge [
    source 68
    target 187
  ]
  edge [
    source 68
    target 186
  ]
  edge [
    source 68
    target 185
  ]
  edge [
    source 68
    target 184
  ]
  edge [
    source 68
    target 183
  ]
  edge [
    source 68
    target 182
  ]
  edge [
    source 68
    target 181
  ]
  edge [
    source 68
    target 180
  ]
  edge [
    source 68
    target 179
  ]
  edge [
    source 68
    target 178
  ]
  edge [
    source 68
    target 177
  ]
  edge [
    source 68
    target 176
  ]
  edge [
    source 68
    target 168
  ]
  edge [
    source 68
    target 167
  ]
  edge [
    source 68
    target 166
  ]
  edge [
    source 68
    target 165
  ]
  edge [
    source 68
    target 164
  ]
  edge [
    source 68
    target 163
  ]
  edge [
    source 68
    target 69
  ]
  edge [
    source 68
    target 70
  ]
  edge [
    source 68
    target 71
  ]
  edge [
    source 68
    target 72
  ]
  edge [
    source 68
    target 73
  ]
  edge [
    source 68
    target 74
  ]
  edge [
    source 68
    target 81
  ]
  edge [
    source 68
    target 82
  ]
  edge [
    source 68
    target 83
  ]
  edge [
    source 68
    target 84
  ]
  edge [
    source 68
    target 85
  ]
  edge [
    source 68
    target 86
  ]
  edge [
    source 68
    target 87
  ]
  edge [
    source 68
    target 88
  ]
  edge [
    source 68
    target 89
  ]
  edge [
    source 68
    target 90
  ]
  edge [
    source 68
    target 91
  ]
  edge [
    source 68
    target 92
  ]
  edge [
    source 68
    target 93
  ]
  edge [
    source 68
    target 100
  ]
  edge [
    source 68
    target 101
  ]
  edge [
    source 68
    target 102
  ]
  edge [
    source 68
    target 103
  ]
  edge [
    source 68
    target 104
  ]
  edge [
    source 68
    target 105
  ]
  edge [
    source 68
    target 106
  ]
  edge [
    source 68
    target 107
  ]
  edge [
    source 68
    target 108
  ]
  edge [
    source 68
    target 109
  ]
  edge [
    source 68
    target 110
  ]
  edge [
    source 68
    target 111
  ]
  edge [
    source 68
    target 112
  ]
  edge [
    source 68
    target 119
  ]
  edge [
    source 68
    target 120
  ]
  edge [
    source 68
    target 121
  ]
  edge [
    source 68
    target 122
  ]
  edge [
    source 68
    target 123
  ]
  edge [
    source 68
    target 124
  ]
  edge [
    source 68
    target 125
  ]
  edge [
    source 68
    target 126
  ]
  edge [
    source 68
    target 127
  ]
  edge [
    source 68
    target 128
  ]
  edge [
    source 68
    target 129
  ]
  edge [
    source 68
    target 130
  ]
  edge [
    source 68
    target 131
  ]
  edge [
    source 68
    target 138
  ]
  edge [
    source 68
    target 139
  ]
  edge [
    source 68
    target 140
  ]
  edge [
    source 68
    target 141
  ]
  edge [
    source 68
    target 142
  ]
  edge [
    source 68
    target 143
  ]
  edge [
    source 68
    target 144
  ]
  edge [
    source 68
    target 145
  ]
  edge [
    source 68
    target 146
  ]
  edge [
    source 68
    target 147
  ]
  edge [
    source 68
    target 148
  ]
  edge [
    source 68
    target 149
  ]
  edge [
    source 68
    target 150
  ]
  edge [
    source 68
    target 158
  ]
  edge [
    source 68
    target 159
  ]
  edge [
    source 68
    target 160
  ]
  edge [
    source 68
    target 161
  ]
  edge [
    source 68
    target 162
  ]
  edge [
    source 69
    target 189
  ]
  edge [
    source 69
    target 188
  ]
  edge [
    source 69
    target 187
  ]
  edge [
    source 69
    target 186
  ]
  edge [
    source 69
    target 185
  ]
  edge [
    source 69
    target 184
  ]
  edge [
    source 69
    target 183
  ]
  edge [
    source 69
    target 182
  ]
  edge [
    source 69
    target 181
  ]
  edge [
    source 69
    target 180
  ]
  edge [
    source 69
    target 179
  ]
  edge [
    source 69
    target 178
  ]
  edge [
    source 69
    target 177
  ]
  edge [
    source 69
    target 169
  ]
  edge [
    source 69
    target 168
  ]
  edge [
    source 69
    target 167
  ]
  edge [
    source 69
    target 166
  ]
  edge [
    source 69
    target 165
  ]
  edge [
    source 69
    target 164
  ]
  edge [
    source 69
    target 70
  ]
  edge [
    source 69
    target 71
  ]
  edge [
    source 69
    target 72
  ]
  edge [
    source 69
    target 73
  ]
  edge [
    source 69
    target 74
  ]
  edge [
    source 69
    target 75
  ]
  edge [
    source 69
    target 82
  ]
  edge [
    source 69
    target 83
  ]
  edge [
    source 69
    target 84
  ]
  edge [
    source 69
    target 85
  ]
  edge [
    source 69
    target 86
  ]
  edge [
    source 69
    target 87
  ]
  edge [
    source 69
    target 88
  ]
  edge [
    source 69
    target 89
  ]
  edge [
    source 69
    target 90
  ]
  edge [
    source 69
    target 91
  ]
  edge [
    source 69
    target 92
  ]
  edge [
    source 69
    target 93
  ]
  edge [
    source 69
    target 94
  ]
  edge [
    source 69
    target 101
  ]
  edge [
    source 69
    target 102
  ]
  edge [
    source 69
    target 103
  ]
  edge [
    source 69
    target 104
  ]
  edge [
    source 69
    target 105
  ]
  edge [
    source 69
    target 106
  ]
  edge [
    source 69
    target 107
  ]
  edge [
    source 69
    target 108
  ]
  edge [
    source 69
    target 109
  ]
  edge [
    source 69
    target 110
  ]
  edge [
    source 69
    target 111
  ]
  edge [
    source 69
    target 112
  ]
  edge [
    source 69
    target 113
  ]
  edge [
    source 69
    target 120
  ]
  edge [
    source 69
    target 121
  ]
  edge [
    source 69
    target 122
  ]
  edge [
    source 69
    target 123
  ]
  edge [
    source 69
    target 124
  ]
  edge [
    source 69
    target 125
  ]
  edge [
    source 69
    target 126
  ]
  edge [
    source 69
    target 127
  ]
  edge [
    source 69
    target 128
  ]
  edge [
    source 69
    target 129
  ]
  edge [
    source 69
    target 130
  ]
  edge [
    source 69
    target 131
  ]
  edge [
    source 69
    target 132
  ]
  edge [
    source 69
    target 139
  ]
  edge [
    source 69
    target 140
  ]
  edge [
    source 69
    target 141
  ]
  edge [
    source 69
    target 142
  ]
  edge [
    source 69
    target 143
  ]
  edge [
    source 69
    target 144
  ]
  edge [
    source 69
    target 145
  ]
  edge [
    source 69
    target 146
  ]
  edge [
    source 69
    target 147
  ]
  edge [
    source 69
    target 148
  ]
  edge [
    source 69
    target 149
  ]
  edge [
    source 69
    target 150
  ]
  edge [
    source 69
    target 151
  ]
  edge [
    source 69
    target 159
  ]
  edge [
    source 69
    target 160
  ]
  edge [
    source 69
    target 161
  ]
  edge [
    source 69
    target 162
  ]
  edge [
    source 69
    target 163
  ]
  edge [
    source 70
    target 189
  ]
  edge [
    source 70
    target 188
  ]
  edge [
    source 70
    target 187
  ]
  edge [
    source 70
    target 186
  ]
  edge [
    source 70
    target 185
  ]
  edge [
    source 70
    target 184
  ]
  edge [
    source 70
    target 183
  ]
  edge [
    source 70
    target 182
  ]
  edge [
    source 70
    target 181
  ]
  edge [
    source 70
    target 180
  ]
  edge [
    source 70
    target 179
  ]
  edge [
    source 70
    target 178
  ]
  edge [
    source 70
    target 170
  ]
  edge [
    source 70
    target 169
  ]
  edge [
    source 70
    target 168
  ]
  edge [
    source 70
    target 167
  ]
  edge [
    source 70
    target 166
  ]
  edge [
    source 70
    target 165
  ]
  edge [
    source 70
    target 71
  ]
  edge [
    source 70
    target 72
  ]
  edge [
    source 70
    target 73
  ]
  edge [
    source 70
    target 74
  ]
  edge [
    source 70
    target 75
  ]
  edge [
    source 70
    target 76
  ]
  edge [
    source 70
    target 83
  ]
  edge [
    source 70
    target 84
  ]
  edge [
    source 70
    target 85
  ]
  edge [
    source 70
    target 86
  ]
  edge [
    source 70
    target 87
  ]
  edge [
    source 70
    target 88
  ]
  edge [
    source 70
    target 89
  ]
  edge [
    source 70
    target 90
  ]
  edge [
    source 70
    target 91
  ]
  edge [
    source 70
    target 92
  ]
  edge [
    source 70
    target 93
  ]
  edge [
    source 70
    target 94
  ]
  edge [
    source 70
    target 95
  ]
  edge [
    source 70
    target 102
  ]
  edge [
    source 70
    target 103
  ]
  edge [
    source 70
    target 104
  ]
  edge [
    source 70
    target 105
  ]
  edge [
    source 70
    target 106
  ]
  edge [
    source 70
    target 107
  ]
  edge [
    source 70
    target 108
  ]
  edge [
    source 70
    target 109
  ]
  edge [
    source 70
    target 110
  ]
  edge [
    source 70
    target 111
  ]
  edge [
    source 70
    target 112
  ]
  edge [
    source 70
    target 113
  ]
  edge [
    source 70
    target 114
  ]
  edge [
    source 70
    target 121
  ]
  edge [
    source 70
    target 122
  ]
  edge [
    source 70
    target 123
  ]
  edge [
    source 70
    target 124
  ]
  edge [
    source 70
    target 125
  ]
  edge [
    source 70
    target 126
  ]
  edge [
    source 70
    target 127
  ]
  edge [
    source 70
    target 128
  ]
  edge [
    source 70
    target 129
  ]
  edge [
    source 70
    target 130
  ]
  edge [
    source 70
    target 131
  ]
  edge [
    source 70
    target 132
  ]
  edge [
    source 70
    target 133
  ]
  edge [
    source 70
    target 140
  ]
  edge [
    source 70
    target 141
  ]
  edge [
    source 70
    target 142
  ]
  edge [
    source 70
    target 143
  ]
  edge [
    source 70
    target 144
  ]
  edge [
    source 70
    target 145
  ]
  edge [
    source 70
    target 146
  ]
  edge [
    source 70
    target 147
  ]
  edge [
    source 70
    target 148
  ]
  edge [
    source 70
    target 149
  ]
  edge [
    source 70
    target 150
  ]
  edge [
    source 70
    target 151
  ]
  edge [
    source 70
    target 152
  ]
  edge [
    source 70
    target 160
  ]
  edge [
    source 70
    target 161
  ]
  edge [
    source 70
    target 162
  ]
  edge [
    source 70
    target 163
  ]
  edge [
    source 70
    target 164
  ]
  edge [
    source 71
    target 189
  ]
  edge [
    source 71
    target 188
  ]
  edge [
    source 71
    target 187
  ]
  edge [
    source 71
    target 186
  ]
  edge [
    source 71
    target 185
  ]
  edge [
    source 71
    target 184
  ]
  edge [
    source 71
    target 183
  ]
  edge [
    source 71
    target 182
  ]
  edge [
    source 71
    target 181
  ]
  edge [
    source 71
    target 180
  ]
  edge [
    source 71
    target 179
  ]
  edge [
    source 71
    target 171
  ]
  edge [
    source 71
    target 170
  ]
  edge [
    source 71
    target 169
  ]
  edge [
    source 71
    target 168
  ]
  edge [
    source 71
    target 167
  ]
  edge [
    source 71
    target 166
  ]
  edge [
    source 71
    target 72
  ]
  edge [
    source 71
    target 73
  ]
  edge [
    source 71
    target 74
  ]
  edge [
    source 71
    target 75
  ]
  edge [
    source 71
    target 76
  ]
  edge [
    source 71
    target 77
  ]
  edge [
    source 71
    target 84
  ]
  edge [
    source 71
    target 85
  ]
  edge [
    source 71
    target 86
  ]
  edge [
    source 71
    target 87
  ]
  edge [
    source 71
    target 88
  ]
  edge [
    source 71
    target 89
  ]
  edge [
    source 71
    target 90
  ]
  edge [
    source 71
    target 91
  ]
  edge [
    source 71
    target 92
  ]
  edge [
    source 71
    target 93
  ]
  edge [
    source 71
    target 94
  ]
  edge [
    source 71
    target 95
  ]
  edge [
    source 71
    target 96
  ]
  edge [
    source 71
    target 103
  ]
  edge [
    source 71
    target 104
  ]
  edge [
    source 71
    target 105
  ]
  edge [
    source 71
    target 106
  ]
  edge [
    source 71
    target 107
  ]
  edge [
    source 71
    target 108
  ]
  edge [
    source 71
    target 109
  ]
  edge [
    source 71
    target 110
  ]
  edge [
    source 71
    target 111
  ]
  edge [
    source 71
    target 112
  ]
  edge [
    source 71
    target 113
  ]
  edge [
    source 71
    target 114
  ]
  edge [
    source 71
    target 115
  ]
  edge [
    source 71
    target 122
  ]
  edge [
    source 71
    target 123
  ]
  edge [
    source 71
    target 124
  ]
  edge [
    source 71
    target 125
  ]
  edge [
    source 71
    target 126
  ]
  edge [
    source 71
    target 127
  ]
  edge [
    source 71
    target 128
  ]
  edge [
    source 71
    target 129
  ]
  edge [
    source 71
    target 130
  ]
  edge [
    source 71
    target 131
  ]
  edge [
    source 71
    target 132
  ]
  edge [
    source 71
    target 133
  ]
  edge [
    source 71
    target 134
  ]
  edge [
    source 71
    target 141
  ]
  edge [
    source 71
    target 142
  ]
  edge [
    source 71
    target 143
  ]
  edge [
    source 71
    target 144
  ]
  edge [
    source 71
    target 145
  ]
  edge [
    source 71
    target 146
  ]
  edge [
    source 71
    target 147
  ]
  edge [
    source 71
    target 148
  ]
  edge [
    source 71
    target 149
  ]
  edge [
    source 71
    target 150
  ]
  edge [
    source 71
    target 151
  ]
  edge [
    source 71
    target 152
  ]
  edge [
    source 71
    target 153
  ]
  edge [
    source 71
    target 161
  ]
  edge [
    source 71
    target 162
  ]
  edge [
    source 71
    target 163
  ]
  edge [
    source 71
    target 164
  ]
  edge [
    source 71
    target 165
  ]
  edge [
    source 72
    target 189
  ]
  edge [
    source 72
    target 188
  ]
  edge [
    source 72
    target 187
  ]
  edge [
    source 72
    target 186
  ]
  edge [
    source 72
    target 185
  ]
  edge [
    source 72
    target 184
  ]
  edge [
    source 72
    target 183
  ]
  edge [
    source 72
    target 182
  ]
  edge [
    source 72
    target 181
  ]
  edge [
    source 72
    target 180
  ]
  edge [
    source 72
    target 172
  ]
  edge [
    source 72
    target 171
  ]
  edge [
    source 72
    target 170
  ]
  edge [
    source 72
    target 169
  ]
  edge [
    source 72
    target 168
  ]
  edge [
    source 72
    target 167
  ]
  edge [
    source 72
    target 73
  ]
  edge [
    source 72
    target 74
  ]
  edge [
    source 72
    target 75
  ]
  edge [
    source 72
    target 76
  ]
  edge [
    source 72
    target 77
  ]
  edge [
    source 72
    target 78
  ]
  edge [
    source 72
    target 85
  ]
  edge [
    source 72
    target 86
  ]
  edge [
    source 72
    target 87
  ]
  edge [
    source 72
    target 88
  ]
  edge [
    source 72
    target 89
  ]
  edge [
    source 72
    target 90
  ]
  edge [
    source 72
    target 91
  ]
  edge [
    source 72
    target 92
  ]
  edge [
    source 72
    target 93
  ]
  edge [
    source 72
    target 94
  ]
  edge [
    source 72
    target 95
  ]
  edge [
    source 72
    target 96
  ]
  edge [
    source 72
    target 97
  ]
  edge [
    source 72
    target 104
  ]
  edge [
    source 72
    target 105
  ]
  edge [
    source 72
    target 106
  ]
  edge [
    source 72
    target 107
  ]
  edge [
    source 72
    target 108
  ]
  edge [
    source 72
    target 109
  ]
  edge [
    source 72
    target 110
  ]
  edge [
    source 72
    target 111
  ]
  edge [
    source 72
    target 112
  ]
  edge [
    source 72
    target 113
  ]
  edge [
    source 72
    target 114
  ]
  edge [
    source 72
    target 115
  ]
  edge [
    source 72
    target 116
  ]
  edge [
    source 72
    target 123
  ]
  edge [
    source 72
    target 124
  ]
  edge [
    source 72
    target 125
  ]
  edge [
    source 72
    target 126
  ]
  edge [
    source 72
    target 127
  ]
  edge [
    source 72
    target 128
  ]
  edge [
    source 72
    target 129
  ]
  edge [
    source 72
    target 130
  ]
  edge [
    source 72
    target 131
  ]
  edge [
    source 72
    target 132
  ]
  edge [
    source 72
    target 133
  ]
  edge [
    source 72
    target 134
  ]
  edge [
    source 72
    target 135
  ]
  edge [
    source 72
    target 142
  ]
  edge [
    source 72
    target 143
  ]
  edge [
    source 72
    target 144
  ]
  edge [
    source 72
    target 145
  ]
  edge [
    source 72
    target 146
  ]
  edge [
    source 72
    target 147
  ]
  edge [
    source 72
    target 148
  ]
  edge [
    source 72
    target 149
  ]
  edge [
    source 72
    target 150
  ]
  edge [
    source 72
    target 151
  ]
  edge [
    source 72
    target 152
  ]
  edge [
    source 72
    target 153
  ]
  edge [
    source 72
    target 154
  ]
  edge [
    source 72
    target 162
  ]
  edge [
    source 72
    target 163
  ]
  edge [
    source 72
    target 164
  ]
  edge [
    source 72
    target 165
  ]
  edge [
    source 72
    target 166
  ]
  edge [
    source 73
    target 189
  ]
  edge [
    source 73
    target 188
  ]
  edge [
    source 73
    target 187
  ]
  edge [
    source 73
    target 186
  ]
  edge [
    source 73
    target 185
  ]
  edge [
    source 73
    target 184
  ]
  edge [
    source 73
    target 183
  ]
  edge [
    source 73
    target 182
  ]
  edge [
    source 73
    target 181
  ]
  edge [
    source 73
    target 173
  ]
  edge [
    source 73
    target 172
  ]
  edge [
    source 73
    target 171
  ]
  edge [
    source 73
    target 170
  ]
  edge [
    source 73
    target 169
  ]
  edge [
    source 73
    target 168
  ]
  edge [
    source 73
    target 74
  ]
  edge [
    source 73
    target 75
  ]
  edge [
    source 73
    target 76
  ]
  edge [
    source 73
    target 77
  ]
  edge [
    source 73
    target 78
  ]
  edge [
    source 73
    target 79
  ]
  edge [
    source 73
    target 86
  ]
  edge [
    source 73
    target 87
  ]
  edge [
    source 73
    target 88
  ]
  edge [
    source 73
    target 89
  ]
  edge [
    source 73
    target 90
  ]
  edge [
    source 73
    target 91
  ]
  edge [
    source 73
    target 92
  ]
  edge [
    source 73
    target 93
  ]
  edge [
    source 73
    target 94
  ]
  edge [
    source 73
    target 95
  ]
  edge [
    source 73
    target 96
  ]
  edge [
    source 73
    target 97
  ]
  edge [
    source 73
    target 98
  ]
  edge [
    source 73
    target 105
  ]
  edge [
    source 73
    target 106
  ]
  edge [
    source 73
    target 107
  ]
  edge [
    source 73
    target 108
  ]
  edge [
    source 73
    target 109
  ]
  edge [
    source 73
    target 110
  ]
  edge [
    source 73
    target 111
  ]
  edge [
    source 73
    target 112
  ]
  edge [
    source 73
    target 113
  ]
  edge [
    source 73
    target 114
  ]
  edge [
    source 73
    target 115
  ]
  edge [
    source 73
    target 116
  ]
  edge [
    source 73
    target 117
  ]
  edge [
    source 73
    target 124
  ]
  edge [
    source 73
    target 125
  ]
  edge [
    source 73
    target 126
  ]
  edge [
    source 73
    target 127
  ]
  edge [
    source 73
    target 128
  ]
  edge [
    source 73
    target 129
  ]
  edge [
    source 73
    target 130
  ]
  edge [
    source 73
    target 131
  ]
  edge [
    source 73
    target 132
  ]
  edge [
    source 73
    target 133
  ]
  edge [
    source 73
    target 134
  ]
  edge [
    source 73
    target 135
  ]
  edge [
    source 73
    target 136
  ]
  edge [
    source 73
    target 143
  ]
  edge [
    source 73
    target 144
  ]
  edge [
    source 73
    target 145
  ]
  edge [
    source 73
    target 146
  ]
  edge [
    source 73
    target 147
  ]
  edge [
    source 73
    target 148
  ]
  edge [
    source 73
    target 149
  ]
  edge [
    source 73
    target 150
  ]
  edge [
    source 73
    target 151
  ]
  edge [
    source 73
    target 152
  ]
  edge [
    source 73
    target 153
  ]
  edge [
    source 73
    target 154
  ]
  edge [
    source 73
    target 155
  ]
  edge [
    source 73
    target 163
  ]
  edge [
    source 73
    target 164
  ]
  edge [
    source 73
    target 165
  ]
  edge [
    source 73
    target 166
  ]
  edge [
    source 73
    target 167
  ]
  edge [
    source 74
    target 189
  ]
  edge [
    source 74
    target 188
  ]
  edge [
    source 74
    target 187
  ]
  edge [
    source 74
    target 186
  ]
  edge [
    source 74
    target 185
  ]
  edge [
    source 74
    target 184
  ]
  edge [
    source 74
    target 183
  ]
  edge [
    source 74
    target 182
  ]
  edge [
    source 74
    target 174
  ]
  edge [
    source 74
    target 173
  ]
  edge [
    source 74
    target 172
  ]
  edge [
    source 74
    target 171
  ]
  edge [
    source 74
    target 170
  ]
  edge [
    source 74
    target 169
  ]
  edge [
    source 74
    target 75
  ]
  edge [
    source 74
    target 76
  ]
  edge [
    source 74
    target 77
  ]
  edge [
    source 74
    target 78
  ]
  edge [
    source 74
    target 79
  ]
  edge [
    source 74
    target 80
  ]
  edge [
    source 74
    target 87
  ]
  edge [
    source 74
    target 88
  ]
  edge [
    source 74
    target 89
  ]
  edge [
    source 74
    target 90
  ]
  edge [
    source 74
    target 91
  ]
  edge [
    source 74
    target 92
  ]
  edge [
    source 74
    target 93
  ]
  edge [
    source 74
    target 94
  ]
  edge [
    source 74
    target 95
  ]
  edge [
    source 74
    target 96
  ]
  edge [
    source 74
    target 97
  ]
  edge [
    source 74
    target 98
  ]
  edge [
    source 74
    target 99
  ]
  edge [
    source 74
    target 106
  ]
  edge [
    source 74
    target 107
  ]
  edge [
    source 74
    target 108
  ]
  edge [
    source 74
    target 109
  ]
  edge [
    source 74
    target 110
  ]
  edge [
    source 74
    target 111
  ]
  edge [
    source 74
    target 112
  ]
  edge [
    source 74
    target 113
  ]
  edge [
    source 74
    target 114
  ]
  edge [
    source 74
    target 115
  ]
  edge [
    source 74
    target 116
  ]
  edge [
    source 74
    target 117
  ]
  edge [
    source 74
    target 118
  ]
  edge [
    source 74
    target 125
  ]
  edge [
    source 74
    target 126
  ]
  edge [
    source 74
    target 127
  ]
  edge [
    source 74
    target 128
  ]
  edge [
    source 74
    target 129
  ]
  edge [
    source 74
    target 130
  ]
  edge [
    source 74
    target 131
  ]
  edge [
    source 74
    target 132
  ]
  edge [
    source 74
    target 133
  ]
  edge [
    source 74
    target 134
  ]
  edge [
    source 74
    target 135
  ]
  edge [
    source 74
    target 136
  ]
  edge [
    source 74
    target 137
  ]
  edge [
    source 74
    target 144
  ]
  edge [
    source 74
    target 145
  ]
  edge [
    source 74
    target 146
  ]
  edge [
    source 74
    target 147
  ]
  edge [
    source 74
    target 148
  ]
  edge [
    source 74
    target 149
  ]
  edge [
    source 74
    target 150
  ]
  edge [
    source 74
    target 151
  ]
  edge [
    source 74
    target 152
  ]
  edge [
    source 74
    target 153
  ]
  edge [
    source 74
    target 154
  ]
  edge [
    source 74
    target 155
  ]
  edge [
    source 74
    target 156
  ]
  edge [
    source 74
    target 164
  ]
  edge [
    source 74
    target 165
  ]
  edge [
    source 74
    target 166
  ]
  edge [
    source 74
    target 167
  ]
  edge [
    source 74
    target 168
  ]
  edge [
    source 75
    target 189
  ]
  edge [
    source 75
    target 188
  ]
  edge [
    source 75
    target 187
  ]
  edge [
    source 75
    target 186
  ]
  edge [
    source 75
    target 185
  ]
  edge [
    source 75
    target 184
  ]
  edge [
    source 75
    target 183
  ]
  edge [
    source 75
    target 175
  ]
  edge [
    source 75
    target 174
  ]
  edge [
    source 75
    target 173
  ]
  edge [
    source 75
    target 172
  ]
  edge [
    source 75
    target 171
  ]
  edge [
    source 75
    target 170
  ]
  edge [
    source 75
    target 76
  ]
  edge [
    source 75
    target 77
  ]
  edge [
    source 75
    target 78
  ]
  edge [
    source 75
    target 79
  ]
  edge [
    source 75
    target 80
  ]
  edge [
    source 75
    target 81
  ]
  edge [
    source 75
    target 88
  ]
  edge [
    source 75
    target 89
  ]
  edge [
    source 75
    target 90
  ]
  edge [
    source 75
    target 91
  ]
  edge [
    source 75
    target 92
  ]
  edge [
    source 75
    target 93
  ]
  edge [
    source 75
    target 94
  ]
  edge [
    source 75
    target 95
  ]
  edge [
    source 75
    target 96
  ]
  edge [
    source 75
    target 97
  ]
  edge [
    source 75
    target 98
  ]
  edge [
    source 75
    target 99
  ]
  edge [
    source 75
    target 100
  ]
  edge [
    source 75
    target 107
  ]
  edge [
    source 75
    target 108
  ]
  edge [
    source 75
    target 109
  ]
  edge [
    source 75
    target 110
  ]
  edge [
    source 75
    target 111
  ]
  edge [
    source 75
    target 112
  ]
  edge [
    source 75
    target 113
  ]
  edge [
    source 75
    target 114
  ]
  edge [
    source 75
    target 115
  ]
  edge [
    source 75
    target 116
  ]
  edge [
    source 75
    target 117
  ]
  edge [
    source 75
    target 118
  ]
  edge [
    source 75
    target 119
  ]
  edge [
    source 75
    target 126
  ]
  edge [
    source 75
    target 127
  ]
  edge [
    source 75
    target 128
  ]
  edge [
    source 75
    target 129
  ]
  edge [
    source 75
    target 130
  ]
  edge [
    source 75
    target 131
  ]
  edge [
    source 75
    target 132
  ]
  edge [
    source 75
    target 133
  ]
  edge [
    source 75
    target 134
  ]
  edge [
    source 75
    target 135
  ]
  edge [
    source 75
    target 136
  ]
  edge [
    source 75
    target 137
  ]
  edge [
    source 75
    target 138
  ]
  edge [
    source 75
    target 145
  ]
  edge [
    source 75
    target 146
  ]
  edge [
    source 75
    target 147
  ]
  edge [
    source 75
    target 148
  ]
  edge [
    source 75
    target 149
  ]
  edge [
    source 75
    target 150
  ]
  edge [
    source 75
    target 151
  ]
  edge [
    source 75
    target 152
  ]
  edge [
    source 75
    target 153
  ]
  edge [
    source 75
    target 154
  ]
  edge [
    source 75
    target 155
  ]
  edge [
    source 75
    target 156
  ]
  edge [
    source 75
    target 157
  ]
  edge [
    source 75
    target 165
  ]
  edge [
    source 75
    target 166
  ]
  edge [
    source 75
    target 167
  ]
  edge [
    source 75
    target 168
  ]
  edge [
    source 75
    target 169
  ]
  edge [
    source 76
    target 189
  ]
  edge [
    source 76
    target 188
  ]
  edge [
    source 76
    target 187
  ]
  edge [
    source 76
    target 186
  ]
  edge [
    source 76
    target 185
  ]
  edge [
    source 76
    target 184
  ]
  edge [
    source 76
    target 176
  ]
  edge [
    source 76
    target 175
  ]
  edge [
    source 76
    target 174
  ]
  edge [
    source 76
    target 173
  ]
  edge [
    source 76
    target 172
  ]
  edge [
    source 76
    target 171
  ]
  edge [
    source 76
    target 77
  ]
  edge [
    source 76
    target 78
  ]
  edge [
    source 76
    target 79
  ]
  edge [
    source 76
    target 80
  ]
  edge [
    source 76
    target 81
  ]
  edge [
    source 76
    target 82
  ]
  edge [
    source 76
    target 89
  ]
  edge [
    source 76
    target 90
  ]
  edge [
    source 76
    target 91
  ]
  edge [
    source 76
    target 92
  ]
  edge [
    source 76
    target 93
  ]
  edge [
    source 76
    target 94
  ]
  edge [
    source 76
    target 95
  ]
  edge [
    source 76
    target 96
  ]
  edge [
    source 76
    target 97
  ]
  edge [
    source 76
    target 98
  ]
  edge [
    source 76
    target 99
  ]
  edge [
    source 76
    target 100
  ]
  edge [
    source 76
    target 101
  ]
  edge [
    source 76
    target 108
  ]
  edge [
    source 76
    target 109
  ]
  edge [
    source 76
    target 110
  ]
  edge [
    source 76
    target 111
  ]
  edge [
    source 76
    target 112
  ]
  edge [
    source 76
    target 113
  ]
  edge [
    source 76
    target 114
  ]
  edge [
    source 76
    target 115
  ]
  edge [
    source 76
    target 116
  ]
  edge [
    source 76
    target 117
  ]
  edge [
    source 76
    target 118
  ]
  edge [
    source 76
    target 119
  ]
  edge [
    source 76
    target 120
  ]
  edge [
    source 76
    target 127
  ]
  edge [
    source 76
    target 128
  ]
  edge [
    source 76
    target 129
  ]
  edge [
    source 76
    target 130
  ]
  edge [
    source 76
    target 131
  ]
  edge [
    source 76
    target 132
  ]
  edge [
    source 76
    target 133
  ]
  edge [
    source 76
    target 134
  ]
  edge [
    source 76
    target 135
  ]
  edge [
    source 76
    target 136
  ]
  edge [
    source 76
    target 137
  ]
  edge [
    source 76
    target 138
  ]
  edge [
    source 76
    target 139
  ]
  edge [
    source 76
    target 146
  ]
  edge [
    source 76
    target 147
  ]
  edge [
    source 76
    target 148
  ]
  edge [
    source 76
    target 149
  ]
  edge [
    source 76
    target 150
  ]
  edge [
    source 76
    target 151
  ]
  edge [
    source 76
    target 152
  ]
  edge [
    source 76
    target 153
  ]
  edge [
    source 76
    target 154
  ]
  edge [
    source 76
    target 155
  ]
  edge [
    source 76
    target 156
  ]
  edge [
    source 76
    target 157
  ]
  edge [
    source 76
    target 158
  ]
  edge [
    source 76
    target 166
  ]
  edge [
    source 76
    target 167
  ]
  edge [
    source 76
    target 168
  ]
  edge [
    source 76
    target 169
  ]
  edge [
    source 76
    target 170
  ]
  edge [
    source 77
    target 189
  ]
  edge [
    source 77
    target 188
  ]
  edge [
    source 77
    target 187
  ]
  edge [
    source 77
    target 186
  ]
  edge [
    source 77
    target 185
  ]
  edge [
    source 77
    target 177
  ]
  edge [
    source 77
    target 176
  ]
  edge [
    source 77
    target 175
  ]
  edge [
    source 77
    target 174
  ]
  edge [
    source 77
    target 173
  ]
  edge [
    source 77
    target 172
  ]
  edge [
    source 77
    target 78
  ]
  edge [
    source 77
    target 79
  ]
  edge [
    source 77
    target 80
  ]
  edge [
    source 77
    target 81
  ]
  edge [
    source 77
    target 82
  ]
  edge [
    source 77
    target 83
  ]
  edge [
    source 77
    target 90
  ]
  edge [
    source 77
    target 91
  ]
  edge [
    source 77
    target 92
  ]
  edge [
    source 77
    target 93
  ]
  edge [
    source 77
    target 94
  ]
  edge [
    source 77
    target 95
  ]
  edge [
    source 77
    target 96
  ]
  edge [
    source 77
    target 97
  ]
  edge [
    source 77
    target 98
  ]
  edge [
    source 77
    target 99
  ]
  edge [
    source 77
    target 100
  ]
  edge [
    source 77
    target 101
  ]
  edge [
    source 77
    target 102
  ]
  edge [
    source 77
    target 109
  ]
  edge [
    source 77
    target 110
  ]
  edge [
    source 77
    target 111
  ]
  edge [
    source 77
    target 112
  ]
  edge [
    source 77
    target 113
  ]
  edge [
    source 77
    target 114
  ]
  edge [
    source 77
    target 115
  ]
  edge [
    source 77
    target 116
  ]
  edge [
    source 77
    target 117
  ]
  edge [
    source 77
    target 118
  ]
  edge [
    source 77
    target 119
  ]
  edge [
    source 77
    target 120
  ]
  edge [
    source 77
    target 121
  ]
  edge [
    source 77
    target 128
  ]
  edge [
    source 77
    target 129
  ]
  edge [
    source 77
    target 130
  ]
  edge [
    source 77
    target 131
  ]
  edge [
    source 77
    target 132
  ]
  edge [
    source 77
    target 133
  ]
  edge [
    source 77
    target 134
  ]
  edge [
    source 77
    target 135
  ]
  edge [
    source 77
    target 136
  ]
  edge [
    source 77
    target 137
  ]
  edge [
    source 77
    target 138
  ]
  edge [
    source 77
    target 139
  ]
  edge [
    source 77
    target 140
  ]
  edge [
    source 77
    target 147
  ]
  edge [
    source 77
    target 148
  ]
  edge [
    source 77
    target 149
  ]
  edge [
    source 77
    target 150
  ]
  edge [
    source 77
    target 151
  ]
  edge [
    source 77
    target 152
  ]
  edge [
    source 77
    target 153
  ]
  edge [
    source 77
    target 154
  ]
  edge [
    source 77
    target 155
  ]
  edge [
    source 77
    target 156
  ]
  edge [
    source 77
    target 157
  ]
  edge [
    source 77
    target 158
  ]
  edge [
    source 77
    target 159
  ]
  edge [
    source 77
    target 167
  ]
  edge [
    source 77
    target 168
  ]
  edge [
    source 77
    target 169
  ]
  edge [
    source 77
    target 170
  ]
  edge [
    source 77
    target 171
  ]
  edge [
    source 78
    target 189
  ]
  edge [
    source 78
    target 188
  ]
  edge [
    source 78
    target 187
  ]
  edge [
    source 78
    target 186
  ]
  edge [
    source 78
    target 178
  ]
  edge [
    source 78
    target 177
  ]
  edge [
    source 78
    target 176
  ]
  edge [
    source 78
    target 175
  ]
  edge [
    source 78
    target 174
  ]
  edge [
    source 78
    target 173
  ]
  edge [
    source 78
    target 79
  ]
  edge [
    source 78
    target 80
  ]
  edge [
    source 78
    target 81
  ]
  edge [
    source 78
    target 82
  ]
  edge [
    source 78
    target 83
  ]
  edge [
    source 78
    target 84
  ]
  edge [
    source 78
    target 91
  ]
  edge [
    source 78
    target 92
  ]
  edge [
    source 78
    target 93
  ]
  edge [
    source 78
    target 94
  ]
  edge [
    source 78
    target 95
  ]
  edge [
    source 78
    target 96
  ]
  edge [
    source 78
    target 97
  ]
  edge [
    source 78
    target 98
  ]
  edge [
    source 78
    target 99
  ]
  edge [
    source 78
    target 100
  ]
  edge [
    source 78
    target 101
  ]
  edge [
    source 78
    target 102
  ]
  edge [
    source 78
    target 103
  ]
  edge [
    source 78
    target 110
  ]
  edge [
    source 78
    target 111
  ]
  edge [
    source 78
    target 112
  ]
  edge [
    source 78
    target 113
  ]
  edge [
    source 78
    target 114
  ]
  edge [
    source 78
    target 115
  ]
  edge [
    source 78
    target 116
  ]
  edge [
    source 78
    target 117
  ]
  edge [
    source 78
    target 118
  ]
  edge [
    source 78
    target 119
  ]
  edge [
    source 78
    target 120
  ]
  edge [
    source 78
    target 121
  ]
  edge [
    source 78
    target 122
  ]
  edge [
    source 78
    target 129
  ]
  edge [
    source 78
    target 130
  ]
  edge [
    source 78
    target 131
  ]
  edge [
    source 78
    target 132
  ]
  edge [
    source 78
    target 133
  ]
  edge [
    source 78
    target 134
  ]
  edge [
    source 78
    target 135
  ]
  edge [
    source 78
    target 136
  ]
  edge [
    source 78
    target 137
  ]
  edge [
    source 78
    target 138
  ]
  edge [
    source 78
    target 139
  ]
  edge [
    source 78
    target 140
  ]
  edge [
    source 78
    target 141
  ]
  edge [
    source 78
    target 148
  ]
  edge [
    source 78
    target 149
  ]
  edge [
    source 78
    target 150
  ]
  edge [
    source 78
    target 151
  ]
  edge [
    source 78
    target 152
  ]
  edge [
    source 78
    target 153
  ]
  edge [
    source 78
    target 154
  ]
  edge [
    source 78
    target 155
  ]
  edge [
    source 78
    target 156
  ]
  edge [
    source 78
    target 157
  ]
  edge [
    source 78
    target 158
  ]
  edge [
    source 78
    target 159
  ]
  edge [
    source 78
    target 160
  ]
  edge [
    source 78
    target 168
  ]
  edge [
    source 78
    target 169
  ]
  edge [
    source 78
    target 170
  ]
  edge [
    source 78
    target 171
  ]
  edge [
    source 78
    target 172
  ]
  edge [
    source 79
    target 189
  ]
  edge [
    source 79
    target 188
  ]
  edge [
    source 79
    target 187
  ]
  edge [
    source 79
    target 179
  ]
  edge [
    source 79
    target 178
  ]
  edge [
    source 79
    target 177
  ]
  edge [
    source 79
    target 176
  ]
  edge [
    source 79
    target 175
  ]
  edge [
    source 79
    target 174
  ]
  edge [
    source 79
    target 80
  ]
  edge [
    source 79
    target 81
  ]
  edge [
    source 79
    target 82
  ]
  edge [
    source 79
    target 83
  ]
  edge [
    source 79
    target 84
  ]
  edge [
    source 79
    target 85
  ]
  edge [
    source 79
    target 92
  ]
  edge [
    source 79
    target 93
  ]
  edge [
    source 79
    target 94
  ]
  edge [
    source 79
    target 95
  ]
  edge [
    source 79
    target 96
  ]
  edge [
    source 79
    target 97
  ]
  edge [
    source 79
    target 98
  ]
  edge [
    source 79
    target 99
  ]
  edge [
    source 79
    target 100
  ]
  edge [
    source 79
    target 101
  ]
  edge [
    source 79
    target 102
  ]
  edge [
    source 79
    target 103
  ]
  edge [
    source 79
    target 104
  ]
  edge [
    source 79
    target 111
  ]
  edge [
    source 79
    target 112
  ]
  edge [
    source 79
    target 113
  ]
  edge [
    source 79
    target 114
  ]
  edge [
    source 79
    target 115
  ]
  edge [
    source 79
    target 116
  ]
  edge [
    source 79
    target 117
  ]
  edge [
    source 79
    target 118
  ]
  edge [
    source 79
    target 119
  ]
  edge [
    source 79
    target 120
  ]
  edge [
    source 79
    target 121
  ]
  edge [
    source 79
    target 122
  ]
  edge [
    source 79
    target 123
  ]
  edge [
    source 79
    target 130
  ]
  edge [
    source 79
    target 131
  ]
  edge [
    source 79
    target 132
  ]
  edge [
    source 79
    target 133
  ]
  edge [
    source 79
    target 134
  ]
  edge [
    source 79
    target 135
  ]
  edge [
    source 79
    target 136
  ]
  edge [
    source 79
    target 137
  ]
  edge [
    source 79
    target 138
  ]
  edge [
    source 79
    target 139
  ]
  edge [
    source 79
    target 140
  ]
  edge [
    source 79
    target 141
  ]
  edge [
    source 79
    target 142
  ]
  edge [
    source 79
    target 149
  ]
  edge [
    source 79
    target 150
  ]
  edge [
    source 79
    target 151
  ]
  edge [
    source 79
    target 152
  ]
  edge [
    source 79
    target 153
  ]
  edge [
    source 79
    target 154
  ]
  edge [
    source 79
    target 155
  ]
  edge [
    source 79
    target 156
  ]
  edge [
    source 79
    target 157
  ]
  edge [
    source 79
    target 158
  ]
  edge [
    source 79
    target 159
  ]
  edge [
    source 79
    target 160
  ]
  edge [
    source 79
    target 161
  ]
  edge [
    source 79
    target 169
  ]
  edge [
    source 79
    target 170
  ]
  edge [
    source 79
    target 171
  ]
  edge [
    source 79
    target 172
  ]
  edge [
    source 79
    target 173
  ]
  edge [
    source 80
    target 189
  ]
  edge [
    source 80
    target 188
  ]
  edge [
    source 80
    target 180
  ]
  edge [
    source 80
    target 179
  ]
  edge [
    source 80
    target 178
  ]
  edge [
    source 80
    target 177
  ]
  edge [
    source 80
    target 176
  ]
  edge [
    source 80
    target 175
  ]
  edge [
    source 80
    target 81
  ]
  edge [
    source 80
    target 82
  ]
  edge [
    source 80
    target 83
  ]
  edge [
    source 80
    target 84
  ]
  edge [
    source 80
    target 85
  ]
  edge [
    source 80
    target 86
  ]
  edge [
    source 80
    target 93
  ]
  edge [
    source 80
    target 94
  ]
  edge [
    source 80
    target 95
  ]
  edge [
    source 80
    target 96
  ]
  edge [
    source 80
    target 97
  ]
  edge [
    source 80
    target 98
  ]
  edge [
    source 80
    target 99
  ]
  edge [
    source 80
    target 100
  ]
  edge [
    source 80
    target 101
  ]
  edge [
    source 80
    target 102
  ]
  edge [
    source 80
    target 103
  ]
  edge [
    source 80
    target 104
  ]
  edge [
    source 80
    target 105
  ]
  edge [
    source 80
    target 112
  ]
  edge [
    source 80
    target 113
  ]
  edge [
    source 80
    target 114
  ]
  edge [
    source 80
    target 115
  ]
  edge [
    source 80
    target 116
  ]
  edge [
    source 80
    target 117
  ]
  edge [
    source 80
    target 118
  ]
  edge [
    source 80
    target 119
  ]
  edge [
    source 80
    target 120
  ]
  edge [
    source 80
    target 121
  ]
  edge [
    source 80
    target 122
  ]
  edge [
    source 80
    target 123
  ]
  edge [
    source 80
    target 124
  ]
  edge [
    source 80
    target 131
  ]
  edge [
    source 80
    target 132
  ]
  edge [
    source 80
    target 133
  ]
  edge [
    source 80
    target 134
  ]
  edge [
    source 80
    target 135
  ]
  edge [
    source 80
    target 136
  ]
  edge [
    source 80
    target 137
  ]
  edge [
    source 80
    target 138
  ]
  edge [
    source 80
    target 139
  ]
  edge [
    source 80
    target 140
  ]
  edge [
    source 80
    target 141
  ]
  edge [
    source 80
    target 142
  ]
  edge [
    source 80
    target 143
  ]
  edge [
    source 80
    target 150
  ]
  edge [
    source 80
    target 151
  ]
  edge [
    source 80
    target 152
  ]
  edge [
    source 80
    target 153
  ]
  edge [
    source 80
    target 154
  ]
  edge [
    source 80
    target 155
  ]
  edge [
    source 80
    target 156
  ]
  edge [
    source 80
    target 157
  ]
  edge [
    source 80
    target 158
  ]
  edge [
    source 80
    target 159
  ]
  edge [
    source 80
    target 160
  ]
  edge [
    source 80
    target 161
  ]
  edge [
    source 80
    target 162
  ]
  edge [
    source 80
    target 170
  ]
  edge [
    source 80
    target 171
  ]
  edge [
    source 80
    target 172
  ]
  edge [
    source 80
    target 173
  ]
  edge [
    source 80
    target 174
  ]
  edge [
    source 81
    target 189
  ]
  edge [
    source 81
    target 181
  ]
  edge [
    source 81
    target 180
  ]
  edge [
    source 81
    target 179
  ]
  edge [
    source 81
    target 178
  ]
  edge [
    source 81
    target 177
  ]
  edge [
    source 81
    target 176
  ]
  edge [
    source 81
    target 82
  ]
  edge [
    source 81
    target 83
  ]
  edge [
    source 81
    target 84
  ]
  edge [
    source 81
    target 85
  ]
  edge [
    source 81
    target 86
  ]
  edge [
    source 81
    target 87
  ]
  edge [
    source 81
    target 94
  ]
  edge [
    source 81
    target 95
  ]
  edge [
    source 81
    target 96
  ]
  edge [
    source 81
    target 97
  ]
  edge [
    source 81
    target 98
  ]
  edge [
    source 81
    target 99
  ]
  edge [
    source 81
    target 100
  ]
  edge [
    source 81
    target 101
  ]
  edge [
    source 81
    target 102
  ]
  edge [
    source 81
    target 103
  ]
  edge [
    source 81
    target 104
  ]
  edge [
    source 81
    target 105
  ]
  edge [
    source 81
    target 106
  ]
  edge [
    source 81
    target 113
  ]
  edge [
    source 81
    target 114
  ]
  edge [
    source 81
    target 115
  ]
  edge [
    source 81
    target 116
  ]
  edge [
    source 81
    target 117
  ]
  edge [
    source 81
    target 118
  ]
  edge [
    source 81
    target 119
  ]
  edge [
    source 81
    target 120
  ]
  edge [
    source 81
    target 121
  ]
  edge [
    source 81
    target 122
  ]
  edge [
    source 81
    target 123
  ]
  edge [
    source 81
    target 124
  ]
  edge [
    source 81
    target 125
  ]
  edge [
    source 81
    target 132
  ]
  edge [
    source 81
    target 133
  ]
  edge [
    source 81
    target 134
  ]
  edge [
    source 81
    target 135
  ]
  edge [
    source 81
    target 136
  ]
  edge [
    source 81
    target 137
  ]
  edge [
    source 81
    target 138
  ]
  edge [
    source 81
    target 139
  ]
  edge [
    source 81
    target 140
  ]
  edge [
    source 81
    target 141
  ]
  edge [
    source 81
    target 142
  ]
  edge [
    source 81
    target 143
  ]
  edge [
    source 81
    target 144
  ]
  edge [
    source 81
    target 151
  ]
  edge [
    source 81
    target 152
  ]
  edge [
    source 81
    target 153
  ]
  edge [
    source 81
    target 154
  ]
  edge [
    source 81
    target 155
  ]
  edge [
    source 81
    target 156
  ]
  edge [
    source 81
    target 157
  ]
  edge [
    source 81
    target 158
  ]
  edge [
    source 81
    target 159
  ]
  edge [
    source 81
    target 160
  ]
  edge [
    source 81
    target 161
  ]
  edge [
    source 81
    target 162
  ]
  edge [
    source 81
    target 163
  ]
  edge [
    source 81
    target 171
  ]
  edge [
    source 81
    target 172
  ]
  edge [
    source 81
    target 173
  ]
  edge [
    source 81
    target 174
  ]
  edge [
    source 81
    target 175
  ]
  edge [
    source 82
    target 182
  ]
  edge [
    source 82
    target 181
  ]
  edge [
    source 82
    target 180
  ]
  edge [
    source 82
    target 179
  ]
  edge [
    source 82
    target 178
  ]
  edge [
    source 82
    target 177
  ]
  edge [
    source 82
    target 83
  ]
  edge [
    source 82
    target 84
  ]
  edge [
    source 82
    target 85
  ]
  edge [
    source 82
    target 86
  ]
  edge [
    source 82
    target 87
  ]
  edge [
    source 82
    target 88
  ]
  edge [
    source 82
    target 95
  ]
  edge [
    source 82
    target 96
  ]
  edge [
    source 82
    target 97
  ]
  edge [
    source 82
    target 98
  ]
  edge [
    source 82
    target 99
  ]
  edge [
    source 82
    target 100
  ]
  edge [
    source 82
    target 101
  ]
  edge [
    source 82
    target 102
  ]
  edge [
    source 82
    target 103
  ]
  edge [
    source 82
    target 104
  ]
  edge [
    source 82
    target 105
  ]
  edge [
    source 82
    target 106
  ]
  edge [
    source 82
    target 107
  ]
  edge [
    source 82
    target 114
  ]
  edge [
    source 82
    target 115
  ]
  edge [
    source 82
    target 116
  ]
  edge [
    source 82
    target 117
  ]
  edge [
    source 82
    target 118
  ]
  edge [
    source 82
    target 119
  ]
  edge [
    source 82
    target 120
  ]
  edge [
    source 82
    target 121
  ]
  edge [
    source 82
    target 122
  ]
  edge [
    source 82
    target 123
  ]
  edge [
    source 82
    target 124
  ]
  edge [
    source 82
    target 125
  ]
  edge [
    source 82
    target 126
  ]
  edge [
    source 82
    target 133
  ]
  edge [
    source 82
    target 134
  ]
  edge [
    source 82
    target 135
  ]
  edge [
    source 82
    target 136
  ]
  edge [
    source 82
    target 137
  ]
  edge [
    source 82
    target 138
  ]
  edge [
    source 82
    target 139
  ]
  edge [
    source 82
    target 140
  ]
  edge [
    source 82
    target 141
  ]
  edge [
    source 82
    target 142
  ]
  edge [
    source 82
    target 143
  ]
  edge [
    source 82
    target 144
  ]
  edge [
    source 82
    target 145
  ]
  edge [
    source 82
    target 152
  ]
  edge [
    source 82
    target 153
  ]
  edge [
    source 82
    target 154
  ]
  edge [
    source 82
    target 155
  ]
  edge [
    source 82
    target 156
  ]
  edge [
    source 82
    target 157
  ]
  edge [
    source 82
    target 158
  ]
  edge [
    source 82
    target 159
  ]
  edge [
    source 82
    target 160
  ]
  edge [
    source 82
    target 161
  ]
  edge [
    source 82
    target 162
  ]
  edge [
    source 82
    target 163
  ]
  edge [
    source 82
    target 164
  ]
  edge [
    source 82
    target 172
  ]
  edge [
    source 82
    target 173
  ]
  edge [
    source 82
    target 174
  ]
  edge [
    source 82
    target 175
  ]
  edge [
    source 82
    target 176
  ]
  edge [
    source 83
    target 183
  ]
  edge [
    source 83
    target 182
  ]
  edge [
    source 83
    target 181
  ]
  edge [
    source 83
    target 180
  ]
  edge [
    source 83
    target 179
  ]
  edge [
    source 83
    target 178
  ]
  edge [
    source 83
    target 84
  ]
  edge [
    source 83
    target 85
  ]
  edge [
    source 83
    target 86
  ]
  edge [
    source 83
    target 87
  ]
  edge [
    source 83
    target 88
  ]
  edge [
    source 83
    target 89
  ]
  edge [
    source 83
    target 96
  ]
  edge [
    source 83
    target 97
  ]
  edge [
    source 83
    target 98
  ]
  edge [
    source 83
    target 99
  ]
  edge [
    source 83
    target 100
  ]
  edge [
    source 83
    target 101
  ]
  edge [
    source 83
    target 102
  ]
  edge [
    source 83
    target 103
  ]
  edge [
    source 83
    target 104
  ]
  edge [
    source 83
    target 105
  ]
  edge [
    source 83
    target 106
  ]
  edge [
    source 83
    target 107
  ]
  edge [
    source 83
    target 108
  ]
  edge [
    source 83
    target 115
  ]
  edge [
    source 83
    target 116
  ]
  edge [
    source 83
    target 117
  ]
  edge [
    source 83
    target 118
  ]
  edge [
    source 83
    target 119
  ]
  edge [
    source 83
    target 120
  ]
  edge [
    source 83
    target 121
  ]
  edge [
    source 83
    target 122
  ]
  edge [
    source 83
    target 123
  ]
  edge [
    source 83
    target 124
  ]
  edge [
    source 83
    target 125
  ]
  edge [
    source 83
    target 126
  ]
  edge [
    source 83
    target 127
  ]
  edge [
    source 83
    target 134
  ]
  edge [
    source 83
    target 135
  ]
  edge [
    source 83
    target 136
  ]
  edge [
    source 83
    target 137
  ]
  edge [
    source 83
    target 138
  ]
  edge [
    source 83
    target 139
  ]
  edge [
    source 83
    target 140
  ]
  edge [
    source 83
    target 141
  ]
  edge [
    source 83
    target 142
  ]
  edge [
    source 83
    target 143
  ]
  edge [
    source 83
    target 144
  ]
  edge [
    source 83
    target 145
  ]
  edge [
    source 83
    target 146
  ]
  edge [
    source 83
    target 153
  ]
  edge [
    source 83
    target 154
  ]
  edge [
    source 83
    target 155
  ]
  edge [
    source 83
    target 156
  ]
  edge [
    source 83
    target 157
  ]
  edge [
    source 83
    target 158
  ]
  edge [
    source 83
    target 159
  ]
  edge [
    source 83
    target 160
  ]
  edge [
    source 83
    target 161
  ]
  edge [
    source 83
    target 162
  ]
  edge [
    source 83
    target 163
  ]
  edge [
    source 83
    target 164
  ]
  edge [
    source 83
    target 165
  ]
  edge [
    source 83
    target 173
  ]
  edge [
    source 83
    target 174
  ]
  edge [
    source 83
    target 175
  ]
  edge [
    source 83
    target 176
  ]
  edge [
    source 83
    target 177
  ]
  edge [
    source 84
    target 184
  ]
  edge [
    source 84
    target 183
  ]
  edge [
    source 84
    target 182
  ]
  edge [
    source 84
    target 181
  ]
  edge [
    source 84
    target 180
  ]
  edge [
    source 84
    target 179
  ]
  edge [
    source 84
    target 85
  ]
  edge [
    source 84
    target 86
  ]
  edge [
    source 84
    target 87
  ]
  edge [
    source 84
    target 88
  ]
  edge [
    source 84
    target 89
  ]
  edge [
    source 84
    target 90
  ]
  edge [
    source 84
    target 97
  ]
  edge [
    source 84
    target 98
  ]
  edge [
    source 84
    target 99
  ]
  edge [
    source 84
    target 100
  ]
  edge [
    source 84
    target 101
  ]
  edge [
    source 84
    target 102
  ]
  edge [
    source 84
    target 103
  ]
  edge [
    source 84
    target 104
  ]
  edge [
    source 84
    target 105
  ]
  edge [
    source 84
    target 106
  ]
  edge [
    source 84
    target 107
  ]
  edge [
    source 84
    target 108
  ]
  edge [
    source 84
    target 109
  ]
  edge [
    source 84
    target 116
  ]
  edge [
    source 84
    target 117
  ]
  edge [
    source 84
    target 118
  ]
  edge [
    source 84
    target 119
  ]
  edge [
    source 84
    target 120
  ]
  edge [
    source 84
    target 121
  ]
  edge [
    source 84
    target 122
  ]
  edge [
    source 84
    target 123
  ]
  edge [
    source 84
    target 124
  ]
  edge [
    source 84
    target 125
  ]
  edge [
    source 84
    target 126
  ]
  edge [
    source 84
    target 127
  ]
  edge [
    source 84
    target 128
  ]
  edge [
    source 84
    target 135
  ]
  edge [
    source 84
    target 136
  ]
  edge [
    source 84
    target 137
  ]
  edge [
    source 84
    target 138
  ]
  edge [
    source 84
    target 139
  ]
  edge [
    source 84
    target 140
  ]
  edge [
    source 84
    target 141
  ]
  edge [
    source 84
    target 142
  ]
  edge [
    source 84
    target 143
  ]
  edge [
    source 84
    target 144
  ]
  edge [
    source 84
    target 145
  ]
  edge [
    source 84
    target 146
  ]
  edge [
    source 84
    target 147
  ]
  edge [
    source 84
    target 154
  ]
  edge [
    source 84
    target 155
  ]
  edge [
    source 84
    target 156
  ]
  edge [
    source 84
    target 157
  ]
  edge [
    source 84
    target 158
  ]
  edge [
    source 84
    target 159
  ]
  edge [
    source 84
    target 160
  ]
  edge [
    source 84
    target 161
  ]
  edge [
    source 84
    target 162
  ]
  edge [
    source 84
    target 163
  ]
  edge [
    source 84
    target 164
  ]
  edge [
    source 84
    target 165
  ]
  edge [
    source 84
    target 166
  ]
  edge [
    source 84
    target 174
  ]
  edge [
    source 84
    target 175
  ]
  edge [
    source 84
    target 176
  ]
  edge [
    source 84
    target 177
  ]
  edge [
    source 84
    target 178
  ]
  edge [
    source 85
    target 185
  ]
  edge [
    source 85
    target 184
  ]
  edge [
    source 85
    target 183
  ]
  edge [
    source 85
    target 182
  ]
  edge [
    source 85
    target 181
  ]
  edge [
    source 85
    target 180
  ]
  edge [
    source 85
    target 86
  ]
  edge [
    source 85
    target 87
  ]
  edge [
    source 85
    target 88
  ]
  edge [
    source 85
    target 89
  ]
  edge [
    source 85
    target 90
  ]
  edge [
    source 85
    target 91
  ]
  edge [
    source 85
    target 98
  ]
  edge [
    source 85
    target 99
  ]
  edge [
    source 85
    target 100
  ]
  edge [
    source 85
    target 101
  ]
  edge [
    source 85
    target 102
  ]
  edge [
    source 85
    target 103
  ]
  edge [
    source 85
    target 104
  ]
  edge [
    source 85
    target 105
  ]
  edge [
    source 85
    target 106
  ]
  edge [
    source 85
    target 107
  ]
  edge [
    source 85
    target 108
  ]
  edge [
    source 85
    target 109
  ]
  edge [
    source 85
    target 110
  ]
  edge [
    source 85
    target 117
  ]
  edge [
    source 85
    target 118
  ]
  edge [
    source 85
    target 119
  ]
  edge [
    source 85
    target 120
  ]
  edge [
    source 85
    target 121
  ]
  edge [
    source 85
    target 122
  ]
  edge [
    source 85
    target 123
  ]
  edge [
    source 85
    target 124
  ]
  edge [
    source 85
    target 125
  ]
  edge [
    source 85
    target 126
  ]
  edge [
    source 85
    target 127
  ]
  edge [
    source 85
    target 128
  ]
  edge [
    source 85
    target 129
  ]
  edge [
    source 85
    target 136
  ]
  edge [
    source 85
    target 137
  ]
  edge [
    source 85
    target 138
  ]
  edge [
    source 85
    target 139
  ]
  edge [
    source 85
    target 140
  ]
  edge [
    source 85
    target 141
  ]
  edge [
    source 85
    target 142
  ]
  edge [
    source 85
    target 143
  ]
  edge [
    source 85
    target 144
  ]
  edge [
    source 85
    target 145
  ]
  edge [
    source 85
    target 146
  ]
  edge [
    source 85
    target 147
  ]
  edge [
    source 85
    target 148
  ]
  edge [
    source 85
    target 155
  ]
  edge [
    source 85
    target 156
  ]
  edge [
    source 85
    target 157
  ]
  edge [
    source 85
    target 158
  ]
  edge [
    source 85
    target 159
  ]
  edge [
    source 85
    target 160
  ]
  edge [
    source 85
    target 161
  ]
  edge [
    source 85
    target 162
  ]
  edge [
    source 85
    target 163
  ]
  edge [
    source 85
    target 164
  ]
  edge [
    source 85
    target 165
  ]
  edge [
    source 85
    target 166
  ]
  edge [
    source 85
    target 167
  ]
  edge [
    source 85
    target 175
  ]
  edge [
    source 85
    target 176
  ]
  edge [
    source 85
    target 177
  ]
  edge [
    source 85
    target 178
  ]
  edge [
    source 85
    target 179
  ]
  edge [
    source 86
    target 186
  ]
  edge [
    source 86
    target 185
  ]
  edge [
    source 86
    target 184
  ]
  edge [
    source 86
    target 183
  ]
  edge [
    source 86
    target 182
  ]
  edge [
    source 86
    target 181
  ]
  edge [
    source 86
    target 87
  ]
  edge [
    source 86
    target 88
  ]
  edge [
    source 86
    target 89
  ]
  edge [
    source 86
    target 90
  ]
  edge [
    source 86
    target 91
  ]
  edge [
    source 86
    target 92
  ]
  edge [
    source 86
    target 99
  ]
  edge [
    source 86
    target 100
  ]
  edge [
    source 86
    target 101
  ]
  edge [
    source 86
    target 102
  ]
  edge [
    source 86
    target 103
  ]
  edge [
    source 86
    target 104
  ]
  edge [
    source 86
    target 105
  ]
  edge [
    source 86
    target 106
  ]
  edge [
    source 86
    target 107
  ]
  edge [
    source 86
    target 108
  ]
  edge [
    source 86
    target 109
  ]
  edge [
    source 86
    target 110
  ]
  edge [
    source 86
    target 111
  ]
  edge [
    source 86
    target 118
  ]
  edge [
    source 86
    target 119
  ]
  edge [
    source 86
    target 120
  ]
  edge [
    source 86
    target 121
  ]
  edge [
    source 86
    target 122
  ]
  edge [
    source 86
    target 123
  ]
  edge [
    source 86
    target 124
  ]
  edge [
    source 86
    target 125
  ]
  edge [
    source 86
    target 126
  ]
  edge [
    source 86
    target 127
  ]
  edge [
    source 86
    target 128
  ]
  edge [
    source 86
    target 129
  ]
  edge [
    source 86
    target 130
  ]
  edge [
    source 86
    target 137
  ]
  edge [
    source 86
    target 138
  ]
  edge [
    source 86
    target 139
  ]
  edge [
    source 86
    target 140
  ]
  edge [
    source 86
    target 141
  ]
  edge [
    source 86
    target 142
  ]
  edge [
    source 86
    target 143
  ]
  edge [
    source 86
    target 144
  ]
  edge [
    source 86
    target 145
  ]
  edge [
    source 86
    target 146
  ]
  edge [
    source 86
    target 147
  ]
  edge [
    source 86
    target 148
  ]
  edge [
    source 86
    target 149
  ]
  edge [
    source 86
    target 156
  ]
  edge [
    source 86
    target 157
  ]
  edge [
    source 86
    target 158
  ]
  edge [
    source 86
    target 159
  ]
  edge [
    source 86
    target 160
  ]
  edge [
    source 86
    target 161
  ]
  edge [
    source 86
    target 162
  ]
  edge [
    source 86
    target 163
  ]
  edge [
    source 86
    target 164
  ]
  edge [
    source 86
    target 165
  ]
  edge [
    source 86
    target 166
  ]
  edge [
    source 86
    target 167
  ]
  edge [
    source 86
    target 168
  ]
  edge [
    source 86
    target 176
  ]
  edge [
    source 86
    target 177
  ]
  edge [
    source 86
    target 178
  ]
  edge [
    source 86
    target 179
  ]
  edge [
    source 86
    target 180
  ]
  edge [
    source 87
    target 187
  ]
  edge [
    source 87
    target 186
  ]
  edge [
    source 87
    target 185
  ]
  edge [
    source 87
    target 184
  ]
  edge [
    source 87
    target 183
  ]
  edge [
    source 87
    target 182
  ]
  edge [
    source 87
    target 88
  ]
  edge [
    source 87
    target 89
  ]
  edge [
    source 87
    target 90
  ]
  edge [
    source 87
    target 91
  ]
  edge [
    source 87
    target 92
  ]
  edge [
    source 87
    target 93
  ]
  edge [
    source 87
    target 100
  ]
  edge [
    source 87
    target 101
  ]
  edge [
    source 87
    target 102
  ]
  edge [
    source 87
    target 103
  ]
  edge [
    source 87
    target 104
  ]
  edge [
    source 87
    target 105
  ]
  edge [
    source 87
    target 106
  ]
  edge [
    source 87
    target 107
  ]
  edge [
    source 87
    target 108
  ]
  edge [
    source 87
    target 109
  ]
  edge [
    source 87
    target 110
  ]
  edge [
    source 87
    target 111
  ]
  edge [
    source 87
    target 112
  ]
  edge [
    source 87
    target 119
  ]
  edge [
    source 87
    target 120
  ]
  edge [
    source 87
    target 121
  ]
  edge [
    source 87
    target 122
  ]
  edge [
    source 87
    target 123
  ]
  edge [
    source 87
    target 124
  ]
  edge [
    source 87
    target 125
  ]
  edge [
    source 87
    target 126
  ]
  edge [
    source 87
    target 127
  ]
  edge [
    source 87
    target 128
  ]
  edge [
    source 87
    target 129
  ]
  edge [
    source 87
    target 130
  ]
  edge [
    source 87
    target 131
  ]
  edge [
    source 87
    target 138
  ]
  edge [
    source 87
    target 139
  ]
  edge [
    source 87
    target 140
  ]
  edge [
    source 87
    target 141
  ]
  edge [
    source 87
    target 142
  ]
  edge [
    source 87
    target 143
  ]
  edge [
    source 87
    target 144
  ]
  edge [
    source 87
    target 145
  ]
  edge [
    source 87
    target 146
  ]
  edge [
    source 87
    target 147
  ]
  edge [
    source 87
    target 148
  ]
  edge [
    source 87
    target 149
  ]
  edge [
    source 87
    target 150
  ]
  edge [
    source 87
    target 157
  ]
  edge [
    source 87
    target 158
  ]
  edge [
    source 87
    target 159
  ]
  edge [
    source 87
    target 160
  ]
  edge [
    source 87
    target 161
  ]
  edge [
    source 87
    target 162
  ]
  edge [
    source 87
    target 163
  ]
  edge [
    source 87
    target 164
  ]
  edge [
    source 87
    target 165
  ]
  edge [
    source 87
    target 166
  ]
  edge [
    source 87
    target 167
  ]
  edge [
    source 87
    target 168
  ]
  edge [
    source 87
    target 169
  ]
  edge [
    source 87
    target 177
  ]
  edge [
    source 87
    target 178
  ]
  edge [
    source 87
    target 179
  ]
  edge [
    source 87
    target 180
  ]
  edge [
    source 87
    target 181
  ]
  edge [
    source 88
    target 188
  ]
  edge [
    source 88
    target 187
  ]
  edge [
    source 88
    target 186
  ]
  edge [
    source 88
    target 185
  ]
  edge [
    source 88
    target 184
  ]
  edge [
    source 88
    target 183
  ]
  edge [
    source 88
    target 89
  ]
  edge [
    source 88
    target 90
  ]
  edge [
    source 88
    target 91
  ]
  edge [
    source 88
    target 92
  ]
  edge [
    source 88
    target 93
  ]
  edge [
    source 88
    target 94
  ]
  edge [
    source 88
    target 101
  ]
  edge [
    source 88
    target 102
  ]
  edge [
    source 88
    target 103
  ]
  edge [
    source 88
    target 104
  ]
  edge [
    source 88
    target 105
  ]
  edge [
    source 88
    target 106
  ]
  edge [
    source 88
    target 107
  ]
  edge [
    source 88
    target 108
  ]
  edge [
    source 88
    target 109
  ]
  edge [
    source 88
    target 110
  ]
  edge [
    source 88
    target 111
  ]
  edge [
    source 88
    target 112
  ]
  edge [
    source 88
    target 113
  ]
  edge [
    source 88
    target 120
  ]
  edge [
    source 88
    target 121
  ]
  edge [
    source 88
    target 122
  ]
  edge [
    source 88
    target 123
  ]
  edge [
    source 88
    target 124
  ]
  edge [
    source 88
    target 125
  ]
  edge [
    source 88
    target 126
  ]
  edge [
    source 88
    target 127
  ]
  edge [
    source 88
    target 128
  ]
  edge [
    source 88
    target 129
  ]
  edge [
    source 88
    target 130
  ]
  edge [
    source 88
    target 131
  ]
  edge [
    source 88
    target 132
  ]
  edge [
    source 88
    target 139
  ]
  edge [
    source 88
    target 140
  ]
  edge [
    source 88
    target 141
  ]
  edge [
    source 88
    target 142
  ]
  edge [
    source 88
    target 143
  ]
  edge [
    source 88
    target 144
  ]
  edge [
    source 88
    target 145
  ]
  edge [
    source 88
    target 146
  ]
  edge [
    source 88
    target 147
  ]
  edge [
    source 88
    target 148
  ]
  edge [
    source 88
    target 149
  ]
  edge [
    source 88
    target 150
  ]
  edge [
    source 88
    target 151
  ]
  edge [
    source 88
    target 158
  ]
  edge [
    source 88
    target 159
  ]
  edge [
    source 88
    target 160
  ]
  edge [
    source 88
    target 161
  ]
  edge [
    source 88
    target 162
  ]
  edge [
    source 88
    target 163
  ]
  edge [
    source 88
    target 164
  ]
  edge [
    source 88
    target 165
  ]
  edge [
    source 88
    target 166
  ]
  edge [
    source 88
    target 167
  ]
  edge [
    source 88
    target 168
  ]
  edge [
    source 88
    target 169
  ]
  edge [
    source 88
    target 170
  ]
  edge [
    source 88
    target 178
  ]
  edge [
    source 88
    target 179
  ]
  edge [
    source 88
    target 180
  ]
  edge [
    source 88
    target 181
  ]
  edge [
    source 88
    target 182
  ]
  edge [
    source 89
    target 189
  ]
  edge [
    source 89
    target 188
  ]
  edge [
    source 89
    target 187
  ]
  edge [
    source 89
    target 186
  ]
  edge [
    source 89
    target 185
  ]
  edge [
    source 89
    target 184
  ]
  edge [
    source 89
    target 90
  ]
  edge [
    source 89
    target 91
  ]
  edge [
    source 89
    target 92
  ]
  edge [
    source 89
    target 93
  ]
  edge [
    source 89
    target 94
  ]
  edge [
    source 89
    target 95
  ]
  edge [
    source 89
    target 102
  ]
  edge [
    source 89
    target 103
  ]
  edge [
    source 89
    target 104
  ]
  edge [
    source 89
    target 105
  ]
  edge [
    source 89
    target 106
  ]
  edge [
    source 89
    target 107
  ]
  edge [
    source 89
    target 108
  ]
  edge [
    source 89
    target 109
  ]
  edge [
    source 89
    target 110
  ]
  edge [
    source 89
    target 111
  ]
  edge [
    source 89
    target 112
  ]
  edge [
    source 89
    target 113
  ]
  edge [
    source 89
    target 114
  ]
  edge [
    source 89
    target 121
  ]
  edge [
    source 89
    target 122
  ]
  edge [
    source 89
    target 123
  ]
  edge [
    source 89
    target 124
  ]
  edge [
    source 89
    target 125
  ]
  edge [
    source 89
    target 126
  ]
  edge [
    source 89
    target 127
  ]
  edge [
    source 89
    target 128
  ]
  edge [
    source 89
    target 129
  ]
  edge [
    source 89
    target 130
  ]
  edge [
    source 89
    target 131
  ]
  edge [
    source 89
    target 132
  ]
  edge [
    source 89
    target 133
  ]
  edge [
    source 89
    target 140
  ]
  edge [
    source 89
    target 141
  ]
  edge [
    source 89
    target 142
  ]
  edge [
    source 89
    target 143
  ]
  edge [
    source 89
    target 144
  ]
  edge [
    source 89
    target 145
  ]
  edge [
    source 89
    target 146
  ]
  edge [
    source 89
    target 147
  ]
  edge [
    source 89
    target 148
  ]
  edge [
    source 89
    target 149
  ]
  edge [
    source 89
    target 150
  ]
  edge [
    source 89
    target 151
  ]
  edge [
    source 89
    target 152
  ]
  edge [
    source 89
    target 159
  ]
  edge [
    source 89
    target 160
  ]
  edge [
    source 89
    target 161
  ]
  edge [
    source 89
    target 162
  ]
  edge [
    source 89
    target 163
  ]
  edge [
    source 89
    target 164
  ]
  edge [
    source 89
    target 165
  ]
  edge [
    source 89
    target 166
  ]
  edge [
    source 89
    target 167
  ]
  edge [
    source 89
    target 168
  ]
  edge [
    source 89
    target 169
  ]
  edge [
    source 89
    target 170
  ]
  edge [
    source 89
    target 171
  ]
  edge [
    source 89
    target 179
  ]
  edge [
    source 89
    target 180
  ]
  edge [
    source 89
    target 181
  ]
  edge [
    source 89
    target 182
  ]
  edge [
    source 89
    target 183
  ]
  edge [
    source 90
    target 189
  ]
  edge [
    source 90
    target 188
  ]
  edge [
    source 90
    target 187
  ]
  edge [
    source 90
    target 186
  ]
  edge [
    source 90
    target 185
  ]
  edge [
    source 90
    target 91
  ]
  edge [
    source 90
    target 92
  ]
  edge [
    source 90
    target 93
  ]
  edge [
    source 90
    target 94
  ]
  edge [
    source 90
    target 95
  ]
  edge [
    source 90
    target 96
  ]
  edge [
    source 90
    target 103
  ]
  edge [
    source 90
    target 104
  ]
  edge [
    source 90
    target 105
  ]
  edge [
    source 90
    target 106
  ]
  edge [
    source 90
    target 107
  ]
  edge [
    source 90
    target 108
  ]
  edge [
    source 90
    target 109
  ]
  edge [
    source 90
    target 110
  ]
  edge [
    source 90
    target 111
  ]
  edge [
    source 90
    target 112
  ]
  edge [
    source 90
    target 113
  ]
  edge [
    source 90
    target 114
  ]
  edge [
    source 90
    target 115
  ]
  edge [
    source 90
    target 122
  ]
  edge [
    source 90
    target 123
  ]
  edge [
    source 90
    target 124
  ]
  edge [
    source 90
    target 125
  ]
  edge [
    source 90
    target 126
  ]
  edge [
    source 90
    target 127
  ]
  edge [
    source 90
    target 128
  ]
  edge [
    source 90
    target 129
  ]
  edge [
    source 90
    target 130
  ]
  edge [
    source 90
    target 131
  ]
  edge [
    source 90
    target 132
  ]
  edge [
    source 90
    target 133
  ]
  edge [
    source 90
    target 134
  ]
  edge [
    source 90
    target 141
  ]
  edge [
    source 90
    target 142
  ]
  edge [
    source 90
    target 143
  ]
  edge [
    source 90
    target 144
  ]
  edge [
    source 90
    target 145
  ]
  edge [
    source 90
    target 146
  ]
  edge [
    source 90
    target 147
  ]
  edge [
    source 90
    target 148
  ]
  edge [
    source 90
    target 149
  ]
  edge [
    source 90
    target 150
  ]
  edge [
    source 90
    target 151
  ]
  edge [
    source 90
    target 152
  ]
  edge [
    source 90
    target 153
  ]
  edge [
    source 90
    target 160
  ]
  edge [
    source 90
    target 161
  ]
  edge [
    source 90
    target 162
  ]
  edge [
    source 90
    target 163
  ]
  edge [
    source 90
    target 164
  ]
  edge [
    source 90
    target 165
  ]
  edge [
    source 90
    target 166
  ]
  edge [
    source 90
    target 167
  ]
  edge [
    source 90
    target 168
  ]
  edge [
    source 90
    target 169
  ]
  edge [
    source 90
    target 170
  ]
  edge [
    source 90
    target 171
  ]
  edge [
    source 90
    target 172
  ]
  edge [
    source 90
    target 180
  ]
  edge [
    source 90
    target 181
  ]
  edge [
    source 90
    target 182
  ]
  edge [
    source 90
    target 183
  ]
  edge [
    source 90
    target 184
  ]
  edge [
    source 91
    target 189
  ]
  edge [
    source 91
    target 188
  ]
  edge [
    source 91
    target 187
  ]
  edge [
    source 91
    target 186
  ]
  edge [
    source 91
    target 92
  ]
  edge [
    source 91
    target 93
  ]
  edge [
    source 91
    target 94
  ]
  edge [
    source 91
    target 95
  ]
  edge [
    source 91
    target 96
  ]
  edge [
    source 91
    target 97
  ]
  edge [
    source 91
    target 104
  ]
  edge [
    source 91
    target 105
  ]
  edge [
    source 91
    target 106
  ]
  edge [
    source 91
    target 107
  ]
  edge [
    source 91
    target 108
  ]
  edge [
    source 91
    target 109
  ]
  edge [
    source 91
    target 110
  ]
  edge [
    source 91
    target 111
  ]
  edge [
    source 91
    target 112
  ]
  edge [
    source 91
    target 113
  ]
  edge [
    source 91
    target 114
  ]
  edge [
    source 91
    target 115
  ]
  edge [
    source 91
    target 116
  ]
  edge [
    source 91
    target 123
  ]
  edge [
    source 91
    target 124
  ]
  edge [
    source 91
    target 125
  ]
  edge [
    source 91
    target 126
  ]
  edge [
    source 91
    target 127
  ]
  edge [
    source 91
    target 128
  ]
  edge [
    source 91
    target 129
  ]
  edge [
    source 91
    target 130
  ]
  edge [
    source 91
    target 131
  ]
  edge [
    source 91
    target 132
  ]
  edge [
    source 91
    target 133
  ]
  edge [
    source 91
    target 134
  ]
  edge [
    source 91
    target 135
  ]
  edge [
    source 91
    target 142
  ]
  edge [
    source 91
    target 143
  ]
  edge [
    source 91
    target 144
  ]
  edge [
    source 91
    target 145
  ]
  edge [
    source 91
    target 146
  ]
  edge [
    source 91
    target 147
  ]
  edge [
    source 91
    target 148
  ]
  edge [
    source 91
    target 149
  ]
  edge [
    source 91
    target 150
  ]
  edge [
    source 91
    target 151
  ]
  edge [
    source 91
    target 152
  ]
  edge [
    source 91
    target 153
  ]
  edge [
    source 91
    target 154
  ]
  edge [
    source 91
    target 161
  ]
  edge [
    source 91
    target 162
  ]
  edge [
    source 91
    target 163
  ]
  edge [
    source 91
    target 164
  ]
  edge [
    source 91
    target 165
  ]
  edge [
    source 91
    target 166
  ]
  edge [
    source 91
    target 167
  ]
  edge [
    source 91
    target 168
  ]
  edge [
    source 91
    target 169
  ]
  edge [
    source 91
    target 170
  ]
  edge [
    source 91
    target 171
  ]
  edge [
    source 91
    target 172
  ]
  edge [
    source 91
    target 173
  ]
  edge [
    source 91
    target 181
  ]
  edge [
    source 91
    target 182
  ]
  edge [
    source 91
    target 183
  ]
  edge [
    source 91
    target 184
  ]
  edge [
    source 91
    target 185
  ]
  edge [
    source 92
    target 189
  ]
  edge [
    source 92
    target 188
  ]
  edge [
    source 92
    target 187
  ]
  edge [
    source 92
    target 93
  ]
  edge [
    source 92
    target 94
  ]
  edge [
    source 92
    target 95
  ]
  edge [
    source 92
    target 96
  ]
  edge [
    source 92
    target 97
  ]
  edge [
    source 92
    target 98
  ]
  edge [
    source 92
    target 105
  ]
  edge [
    source 92
    target 106
  ]
  edge [
    source 92
    target 107
  ]
  edge [
    source 92
    target 108
  ]
  edge [
    source 92
    target 109
  ]
  edge [
    source 92
    target 110
  ]
  edge [
    source 92
    target 111
  ]
  edge [
    source 92
    target 112
  ]
  edge [
    source 92
    target 113
  ]
  edge [
    source 92
    target 114
  ]
  edge [
    source 92
    target 115
  ]
  edge [
    source 92
    target 116
  ]
  edge [
    source 92
    target 117
  ]
  edge [
    source 92
    target 124
  ]
  edge [
    source 92
    target 125
  ]
  edge [
    source 92
    target 126
  ]
  edge [
    source 92
    target 127
  ]
  edge [
    source 92
    target 128
  ]
  edge [
    source 92
    target 129
  ]
  edge [
    source 92
    target 130
  ]
  edge [
    source 92
    target 131
  ]
  edge [
    source 92
    target 132
  ]
  edge [
    source 92
    target 133
  ]
  edge [
    source 92
    target 134
  ]
  edge [
    source 92
    target 135
  ]
  edge [
    source 92
    target 136
  ]
  edge [
    source 92
    target 143
  ]
  edge [
    source 92
    target 144
  ]
  edge [
    source 92
    target 145
  ]
  edge [
    source 92
    target 146
  ]
  edge [
    source 92
    target 147
  ]
  edge [
    source 92
    target 148
  ]
  edge [
    source 92
    target 149
  ]
  edge [
    source 92
    target 150
  ]
  edge [
    source 92
    target 151
  ]
  edge [
    source 92
    target 152
  ]
  edge [
    source 92
    target 153
  ]
  edge [
    source 92
    target 154
  ]
  edge [
    source 92
    target 155
  ]
  edge [
    source 92
    target 162
  ]
  edge [
    source 92
    target 163
  ]
  edge [
    source 92
    target 164
  ]
  edge [
    source 92
    target 165
  ]
  edge [
    source 92
    target 166
  ]
  edge [
    source 92
    target 167
  ]
  edge [
    source 92
    target 168
  ]
  edge [
    source 92
    target 169
  ]
  edge [
    source 92
    target 170
  ]
  edge [
    source 92
    target 171
  ]
  edge [
    source 92
    target 172
  ]
  edge [
    source 92
    target 173
  ]
  edge [
    source 92
    target 174
  ]
  edge [
    source 92
    target 182
  ]
  edge [
    source 92
    target 183
  ]
  edge [
    source 92
    target 184
  ]
  edge [
    source 92
    target 185
  ]
  edge [
    source 92
    target 186
  ]
  edge [
    source 93
    target 189
  ]
  edge [
    source 93
    target 188
  ]
  edge [
    source 93
    target 94
  ]
  edge [
    source 93
    target 95
  ]
  edge [
    source 93
    target 96
  ]
  edge [
    source 93
    target 97
  ]
  edge [
    source 93
    target 98
  ]
  edge [
    source 93
    target 99
  ]
  edge [
    source 93
    target 106
  ]
  edge [
    source 93
    target 107
  ]
  edge [
    source 93
    target 108
  ]
  edge [
    source 93
    target 109
  ]
  edge [
    source 93
    target 110
  ]
  edge [
    source 93
    target 111
  ]
  edge [
    source 93
    target 112
  ]
  edge [
    source 93
    target 113
  ]
  edge [
    source 93
    target 114
  ]
  edge [
    source 93
    target 115
  ]
  edge [
    source 93
    target 116
  ]
  edge [
    source 93
    target 117
  ]
  edge [
    source 93
    target 118
  ]
  edge [
    source 93
    target 125
  ]
  edge [
    source 93
    target 126
  ]
  edge [
    source 93
    target 127
  ]
  edge [
    source 93
    target 128
  ]
  edge [
    source 93
    target 129
  ]
  edge [
    source 93
    target 130
  ]
  edge [
    source 93
    target 131
  ]
  edge [
    source 93
    target 132
  ]
  edge [
    source 93
    target 133
  ]
  edge [
    source 93
    target 134
  ]
  edge [
    source 93
    target 135
  ]
  edge [
    source 93
    target 136
  ]
  edge [
    source 93
    target 137
  ]
  edge [
    source 93
    target 144
  ]
  edge [
    source 93
    target 145
  ]
  edge [
    source 93
    target 146
  ]
  edge [
    source 93
    target 147
  ]
  edge [
    source 93
    target 148
  ]
  edge [
    source 93
    target 149
  ]
  edge [
    source 93
    target 150
  ]
  edge [
    source 93
    target 151
  ]
  edge [
    source 93
    target 152
  ]
  edge [
    source 93
    target 153
  ]
  edge [
    source 93
    target 154
  ]
  edge [
    source 93
    target 155
  ]
  edge [
    source 93
    target 156
  ]
  edge [
    source 93
    target 163
  ]
  edge [
    source 93
    target 164
  ]
  edge [
    source 93
    target 165
  ]
  edge [
    source 93
    target 166
  ]
  edge [
    source 93
    target 167
  ]
  edge [
    source 93
    target 168
  ]
  edge [
    source 93
    target 169
  ]
  edge [
    source 93
    target 170
  ]
  edge [
    source 93
    target 171
  ]
  edge [
    source 93
    target 172
  ]
  edge [
    source 93
    target 173
  ]
  edge [
    source 93
    target 174
  ]
  edge [
    source 93
    target 175
  ]
  edge [
    source 93
    target 183
  ]
  edge [
    source 93
    target 184
  ]
  edge [
    source 93
    target 185
  ]
  edge [
    source 93
    target 186
  ]
  edge [
    source 93
    target 187
  ]
  edge [
    source 94
    target 189
  ]
  edge [
    source 94
    target 95
  ]
  edge [
    source 94
    target 96
  ]
  edge [
    source 94
    target 97
  ]
  edge [
    source 94
    target 98
  ]
  edge [
    source 94
    target 99
  ]
  edge [
    source 94
    target 100
  ]
  edge [
    source 94
    target 107
  ]
  edge [
    source 94
    target 108
  ]
  edge [
    source 94
    target 109
  ]
  edge [
    source 94
    target 110
  ]
  edge [
    source 94
    target 111
  ]
  edge [
    source 94
    target 112
  ]
  edge [
    source 94
    target 113
  ]
  edge [
    source 94
    target 114
  ]
  edge [
    source 94
    target 115
  ]
  edge [
    source 94
    target 116
  ]
  edge [
    source 94
    target 117
  ]
  edge [
    source 94
    target 118
  ]
  edge [
    source 94
    target 119
  ]
  edge [
    source 94
    target 126
  ]
  edge [
    source 94
    target 127
  ]
  edge [
    source 94
    target 128
  ]
  edge [
    source 94
    target 129
  ]
  edge [
    source 94
    target 130
  ]
  edge [
    source 94
    target 131
  ]
  edge [
    source 94
    target 132
  ]
  edge [
    source 94
    target 133
  ]
  edge [
    source 94
    target 134
  ]
  edge [
    source 94
    target 135
  ]
  edge [
    source 94
    target 136
  ]
  edge [
    source 94
    target 137
  ]
  edge [
    source 94
    target 138
  ]
  edge [
    source 94
    target 145
  ]
  edge [
    source 94
    target 146
  ]
  edge [
    source 94
    target 147
  ]
  edge [
    source 94
    target 148
  ]
  edge [
    source 94
    target 149
  ]
  edge [
    source 94
    target 150
  ]
  edge [
    source 94
    target 151
  ]
  edge [
    source 94
    target 152
  ]
  edge [
    source 94
    target 153
  ]
  edge [
    source 94
    target 154
  ]
  edge [
    source 94
    target 155
  ]
  edge [
    source 94
    target 156
  ]
  edge [
    source 94
    target 157
  ]
  edge [
    source 94
    target 164
  ]
  edge [
    source 94
    target 165
  ]
  edge [
    source 94
    target 166
  ]
  edge [
    source 94
    target 167
  ]
  edge [
    source 94
    target 168
  ]
  edge [
    source 94
    target 169
  ]
  edge [
    source 94
    target 170
  ]
  edge [
    source 94
    target 171
  ]
  edge [
    source 94
    target 172
  ]
  edge [
    source 94
    target 173
  ]
  edge [
    source 94
    target 174
  ]
  edge [
    source 94
    target 175
  ]
  edge [
    source 94
    target 176
  ]
  edge [
    source 94
    target 184
  ]
  edge [
    source 94
    target 185
  ]
  edge [
    source 94
    target 186
  ]
  edge [
    source 94
    target 187
  ]
  edge [
    source 94
    target 188
  ]
  edge [
    source 95
    target 96
  ]
  edge [
    source 95
    target 97
  ]
  edge [
    source 95
    target 98
  ]
  edge [
    source 95
    target 99
  ]
  edge [
    source 95
    target 100
  ]
  edge [
    source 95
    target 101
  ]
  edge [
    source 95
    target 108
  ]
  edge [
    source 95
    target 109
  ]
  edge [
    source 95
    target 110
  ]
  edge [
    source 95
    target 111
  ]
  edge [
    source 95
    target 112
  ]
  edge [
    source 95
    target 113
  ]
  edge [
    source 95
    target 114
  ]
  edge [
    source 95
    target 115
  ]
  edge [
    source 95
    target 116
  ]
  edge [
    source 95
    target 117
  ]
  edge [
    source 95
    target 118
  ]
  edge [
    source 95
    target 119
  ]
  edge [
    source 95
    target 120
  ]
  edge [
    source 95
    target 127
  ]
  edge [
    source 95
    target 128
  ]
  edge [
    source 95
    target 129
  ]
  edge [
    source 95
    target 130
  ]
  edge [
    source 95
    target 131
  ]
  edge [
    source 95
    target 132
  ]
  edge [
    source 95
    target 133
  ]
  edge [
    source 95
    target 134
  ]
  edge [
    source 95
    target 135
  ]
  edge [
    source 95
    target 136
  ]
  edge [
    source 95
    target 137
  ]
  edge [
    source 95
    target 138
  ]
  edge [
    source 95
    target 139
  ]
  edge [
    source 95
    target 146
  ]
  edge [
    source 95
    target 147
  ]
  edge [
    source 95
    target 148
  ]
  edge [
    source 95
    target 149
  ]
  edge [
    source 95
    target 150
  ]
  edge [
    source 95
    target 151
  ]
  edge [
    source 95
    target 152
  ]
  edge [
    source 95
    target 153
  ]
  edge [
    source 95
    target 154
  ]
  edge [
    source 95
    target 155
  ]
  edge [
    source 95
    target 156
  ]
  edge [
    source 95
    target 157
  ]
  edge [
    source 95
    target 158
  ]
  edge [
    source 95
    target 165
  ]
  edge [
    source 95
    target 166
  ]
  edge [
    source 95
    target 167
  ]
  edge [
    source 95
    target 168
  ]
  edge [
    source 95
    target 169
  ]
  edge [
    source 95
    target 170
  ]
  edge [
    source 95
    target 171
  ]
  edge [
    source 95
    target 172
  ]
  edge [
    source 95
    target 173
  ]
  edge [
    source 95
    target 174
  ]
  edge [
    source 95
    target 175
  ]
  edge [
    source 95
    target 176
  ]
  edge [
    source 95
    target 177
  ]
  edge [
    source 95
    target 185
  ]
  edge [
    source 95
    target 186
  ]
  edge [
    source 95
    target 187
  ]
  edge [
    source 95
    target 188
  ]
  edge [
    source 95
    target 189
  ]
  edge [
    source 96
    target 97
  ]
  edge [
    source 96
    target 98
  ]
  edge [
    source 96
    target 99
  ]
  edge [
    source 96
    target 100
  ]
  edge [
    source 96
    target 101
  ]
  edge [
    source 96
    target 102
  ]
  edge [
    source 96
    target 109
  ]
  edge [
    source 96
    target 110
  ]
  edge [
    source 96
    target 111
  ]
  edge [
    source 96
    target 112
  ]
  edge [
    source 96
    target 113
  ]
  edge [
    source 96
    target 114
  ]
  edge [
    source 96
    target 115
  ]
  edge [
    source 96
    target 116
  ]
  edge [
    source 96
    target 117
  ]
  edge [
    source 96
    target 118
  ]
  edge [
    source 96
    target 119
  ]
  edge [
    source 96
    target 120
  ]
  edge [
    source 96
    target 121
  ]
  edge [
    source 96
    target 128
  ]
  edge [
    source 96
    target 129
  ]
  edge [
    source 96
    target 130
  ]
  edge [
    source 96
    target 131
  ]
  edge [
    source 96
    target 132
  ]
  edge [
    source 96
    target 133
  ]
  edge [
    source 96
    target 134
  ]
  edge [
    source 96
    target 135
  ]
  edge [
    source 96
    target 136
  ]
  edge [
    source 96
    target 137
  ]
  edge [
    source 96
    target 138
  ]
  edge [
    source 96
    target 139
  ]
  edge [
    source 96
    target 140
  ]
  edge [
    source 96
    target 147
  ]
  edge [
    source 96
    target 148
  ]
  edge [
    source 96
    target 149
  ]
  edge [
    source 96
    target 150
  ]
  edge [
    source 96
    target 151
  ]
  edge [
    source 96
    target 152
  ]
  edge [
    source 96
    target 153
  ]
  edge [
    source 96
    target 154
  ]
  edge [
    source 96
    target 155
  ]
  edge [
    source 96
    target 156
  ]
  edge [
    source 96
    target 157
  ]
  edge [
    source 96
    target 158
  ]
  edge [
    source 96
    target 159
  ]
  edge [
    source 96
    target 166
  ]
  edge [
    source 96
    target 167
  ]
  edge [
    source 96
    target 168
  ]
  edge [
    source 96
    target 169
  ]
  edge [
    source 96
    target 170
  ]
  edge [
    source 96
    target 171
  ]
  edge [
    source 96
    target 172
  ]
  edge [
    source 96
    target 173
  ]
  edge [
    source 96
    target 174
  ]
  edge [
    source 96
    target 175
  ]
  edge [
    source 96
    target 176
  ]
  edge [
    source 96
    target 177
  ]
  edge [
    source 96
    target 178
  ]
  edge [
    source 96
    target 186
  ]
  edge [
    source 96
    target 187
  ]
  edge [
    source 96
    target 188
  ]
  edge [
    source 96
    target 189
  ]
  edge [
    source 97
    target 98
  ]
  edge [
    source 97
    target 99
  ]
  edge [
    source 97
    target 100
  ]
  edge [
    source 97
    target 101
  ]
  edge [
    source 97
    target 102
  ]
  edge [
    source 97
    target 103
  ]
  edge [
    source 97
    target 110
  ]
  edge [
    source 97
    target 111
  ]
  edge [
    source 97
    target 112
  ]
  edge [
    source 97
    target 113
  ]
  edge [
    source 97
    target 114
  ]
  edge [
    source 97
    target 115
  ]
  edge [
    source 97
    target 116
  ]
  edge [
    source 97
    target 117
  ]
  edge [
    source 97
    target 118
  ]
  edge [
    source 97
    target 119
  ]
  edge [
    source 97
    target 120
  ]
  edge [
    source 97
    target 121
  ]
  edge [
    source 97
    target 122
  ]
  edge [
    source 97
    target 129
  ]
  edge [
    source 97
    target 130
  ]
  edge [
    source 97
    target 131
  ]
  edge [
    source 97
    target 132
  ]
  edge [
    source 97
    target 133
  ]
  edge [
    source 97
    target 134
  ]
  edge [
    source 97
    target 135
  ]
  edge [
    source 97
    target 136
  ]
  edge [
    source 97
    target 137
  ]
  edge [
    source 97
    target 138
  ]
  edge [
    source 97
    target 139
  ]
  edge [
    source 97
    target 140
  ]
  edge [
    source 97
    target 141
  ]
  edge [
    source 97
    target 148
  ]
  edge [
    source 97
    target 149
  ]
  edge [
    source 97
    target 150
  ]
  edge [
    source 97
    target 151
  ]
  edge [
    source 97
    target 152
  ]
  edge [
    source 97
    target 153
  ]
  edge [
    source 97
    target 154
  ]
  edge [
    source 97
    target 155
  ]
  edge [
    source 97
    target 156
  ]
  edge [
    source 97
    target 157
  ]
  edge [
    source 97
    target 158
  ]
  edge [
    source 97
    target 159
  ]
  edge [
    source 97
    target 160
  ]
  edge [
    source 97
    target 167
  ]
  edge [
    source 97
    target 168
  ]
  edge [
    source 97
    target 169
  ]
  edge [
    source 97
    target 170
  ]
  edge [
    source 97
    target 171
  ]
  edge [
    source 97
    target 172
  ]
  edge [
    source 97
    target 173
  ]
  edge [
    source 97
    target 174
  ]
  edge [
    source 97
    target 175
  ]
  edge [
    source 97
    target 176
  ]
  edge [
    source 97
    target 177
  ]
  edge [
    source 97
    target 178
  ]
  edge [
    source 97
    target 179
  ]
  edge [
    source 97
    target 187
  ]
  edge [
    source 97
    target 188
  ]
  edge [
    source 97
    target 189
  ]
  edge [
    source 98
    target 99
  ]
  edge [
    source 98
    target 100
  ]
  edge [
    source 98
    target 101
  ]
  edge [
    source 98
    target 102
  ]
  edge [
    source 98
    target 103
  ]
  edge [
    source 98
    target 104
  ]
  edge [
    source 98
    target 111
  ]
  edge [
    source 98
    target 112
  ]
  edge [
    source 98
    target 113
  ]
  edge [
    source 98
    target 114
  ]
  edge [
    source 98
    target 115
  ]
  edge [
    source 98
    target 116
  ]
  edge [
    source 98
    target 117
  ]
  edge [
    source 98
    target 118
  ]
  edge [
    source 98
    target 119
  ]
  edge [
    source 98
    target 120
  ]
  edge [
    source 98
    target 121
  ]
  edge [
    source 98
    target 122
  ]
  edge [
    source 98
    target 123
  ]
  edge [
    source 98
    target 130
  ]
  edge [
    source 98
    target 131
  ]
  edge [
    source 98
    target 132
  ]
  edge [
    source 98
    target 133
  ]
  edge [
    source 98
    target 134
  ]
  edge [
    source 98
    target 135
  ]
  edge [
    source 98
    target 136
  ]
  edge [
    source 98
    target 137
  ]
  edge [
    source 98
    target 138
  ]
  edge [
    source 98
    target 139
  ]
  edge [
    source 98
    target 140
  ]
  edge [
    source 98
    target 141
  ]
  edge [
    source 98
    target 142
  ]
  edge [
    source 98
    target 149
  ]
  edge [
    source 98
    target 150
  ]
  edge [
    source 98
    target 151
  ]
  edge [
    source 98
    target 152
  ]
  edge [
    source 98
    target 153
  ]
  edge [
    source 98
    target 154
  ]
  edge [
    source 98
    target 155
  ]
  edge [
    source 98
    target 156
  ]
  edge [
    source 98
    target 157
  ]
  edge [
    source 98
    target 158
  ]
  edge [
    source 98
    target 159
  ]
  edge [
    source 98
    target 160
  ]
  edge [
    source 98
    target 161
  ]
  edge [
    source 98
    target 168
  ]
  edge [
    source 98
    target 169
  ]
  edge [
    source 98
    target 170
  ]
  edge [
    source 98
    target 171
  ]
  edge [
    source 98
    target 172
  ]
  edge [
    source 98
    target 173
  ]
  edge [
    source 98
    target 174
  ]
  edge [
    source 98
    target 175
  ]
  edge [
    source 98
    target 176
  ]
  edge [
    source 98
    target 177
  ]
  edge [
    source 98
    target 178
  ]
  edge [
    source 98
    target 179
  ]
  edge [
    source 98
    target 180
  ]
  edge [
    source 98
    target 188
  ]
  edge [
    source 98
    target 189
  ]
  edge [
    source 99
    target 100
  ]
  edge [
    source 99
    target 101
  ]
  edge [
    source 99
    target 102
  ]
  edge [
    source 99
    target 103
  ]
  edge [
    source 99
    target 104
  ]
  edge [
    source 99
    target 105
  ]
  edge [
    source 99
    target 112
  ]
  edge [
    source 99
    target 113
  ]
  edge [
    source 99
    target 114
  ]
  edge [
    source 99
    target 115
  ]
  edge [
    source 99
    target 116
  ]
  edge [
    source 99
    target 117
  ]
  edge [
    source 99
    target 118
  ]
  edge [
    source 99
    target 119
  ]
  edge [
    source 99
    target 120
  ]
  edge [
    source 99
    target 121
  ]
  edge [
    source 99
    target 122
  ]
  edge [
    source 99
    target 123
  ]
  edge [
    source 99
    target 124
  ]
  edge [
    source 99
    target 131
  ]
  edge [
    source 99
    target 132
  ]
  edge [
    source 99
    target 133
  ]
  edge [
    source 99
    target 134
  ]
  edge [
    source 99
    target 135
  ]
  edge [
    source 99
    target 136
  ]
  edge [
    source 99
    target 137
  ]
  edge [
    source 99
    target 138
  ]
  edge [
    source 99
    target 139
  ]
  edge [
    source 99
    target 140
  ]
  edge [
    source 99
    target 141
  ]
  edge [
    source 99
    target 142
  ]
  edge [
    source 99
    target 143
  ]
  edge [
    source 99
    target 150
  ]
  edge [
    source 99
    target 151
  ]
  edge [
    source 99
    target 152
  ]
  edge [
    source 99
    target 153
  ]
  edge [
    source 99
    target 154
  ]
  edge [
    source 99
    target 155
  ]
  edge [
    source 99
    target 156
  ]
  edge [
    source 99
    target 157
  ]
  edge [
    source 99
    target 158
  ]
  edge [
    source 99
    target 159
  ]
  edge [
    source 99
    target 160
  ]
  edge [
    source 99
    target 161
  ]
  edge [
    source 99
    target 162
  ]
  edge [
    source 99
    target 169
  ]
  edge [
    source 99
    target 170
  ]
  edge [
    source 99
    target 171
  ]
  edge [
    source 99
    target 172
  ]
  edge [
    source 99
    target 173
  ]
  edge [
    source 99
    target 174
  ]
  edge [
    source 99
    target 175
  ]
  edge [
    source 99
    target 176
  ]
  edge [
    source 99
    target 177
  ]
  edge [
    source 99
    target 178
  ]
  edge [
    source 99
    target 179
  ]
  edge [
    source 99
    target 180
  ]
  edge [
    source 99
    target 181
  ]
  edge [
    source 99
    target 189
  ]
  edge [
    source 100
    target 101
  ]
  edge [
    source 100
    target 102
  ]
  edge [
    source 100
    target 103
  ]
  edge [
    source 100
    target 104
  ]
  edge [
    source 100
    target 105
  ]
  edge [
    source 100
    target 106
  ]
  edge [
    source 100
    target 113
  ]
  edge [
    source 100
    target 114
  ]
  edge [
    source 100
    target 115
  ]
  edge [
    source 100
    target 116
  ]
  edge [
    source 100
    target 117
  ]
  edge [
    source 100
    target 118
  ]
  edge [
    source 100
    target 119
  ]
  edge [
    source 100
    target 120
  ]
  edge [
    source 100
    target 121
  ]
  edge [
    source 100
    target 122
  ]
  edge [
    source 100
    target 123
  ]
  edge [
    source 100
    target 124
  ]
  edge [
    source 100
    target 125
  ]
  edge [
    source 100
    target 132
  ]
  edge [
    source 100
    target 133
  ]
  edge [
    source 100
    target 134
  ]
  edge [
    source 100
    target 135
  ]
  edge [
    source 100
    target 136
  ]
  edge [
    source 100
    target 137
  ]
  edge [
    source 100
    target 138
  ]
  edge [
    source 100
    target 139
  ]
  edge [
    source 100
    target 140
  ]
  edge [
    source 100
    target 141
  ]
  edge [
    source 100
    target 142
  ]
  edge [
    source 100
    target 143
  ]
  edge [
    source 100
    target 144
  ]
  edge [
    source 100
    target 151
  ]
  edge [
    source 100
    target 152
  ]
  edge [
    source 100
    target 153
  ]
  edge [
    source 100
    target 154
  ]
  edge [
    source 100
    target 155
  ]
  edge [
    source 100
    target 156
  ]
  edge [
    source 100
    target 157
  ]
  edge [
    source 100
    target 158
  ]
  edge [
    source 100
    target 159
  ]
  edge [
    source 100
    target 160
  ]
  edge [
    source 100
    target 161
  ]
  edge [
    source 100
    target 162
  ]
  edge [
    source 100
    target 163
  ]
  edge [
    source 100
    target 170
  ]
  edge [
    source 100
    target 171
  ]
  edge [
    source 100
    target 172
  ]
  edge [
    source 100
    target 173
  ]
  edge [
    source 100
    target 174
  ]
  edge [
    source 100
    target 175
  ]
  edge [
    source 100
    target 176
  ]
  edge [
    source 100
    target 177
  ]
  edge [
    source 100
    target 178
  ]
  edge [
    source 100
    target 179
  ]
  edge [
    source 100
    target 180
  ]
  edge [
    source 100
    target 181
  ]
  edge [
    source 100
    target 182
  ]
  edge [
    source 101
    target 102
  ]
  edge [
    source 101
    target 103
  ]
  edge [
    source 101
    target 104
  ]
  edge [
    source 101
    target 105
  ]
  edge [
    source 101
    target 106
  ]
  edge [
    source 101
    target 107
  ]
  edge [
    source 101
    target 114
  ]
  edge [
    source 101
    target 115
  ]
  edge [
    source 101
    target 116
  ]
  edge [
    source 101
    target 117
  ]
  edge [
    source 101
    target 118
  ]
  edge [
    source 101
    target 119
  ]
  edge [
    source 101
    target 120
  ]
  edge [
    source 101
    target 121
  ]
  edge [
    source 101
    target 122
  ]
  edge [
    source 101
    target 123
  ]
  edge [
    source 101
    target 124
  ]
  edge [
    source 101
    target 125
  ]
  edge [
    source 101
    target 126
  ]
  edge [
    source 101
    target 133
  ]
  edge [
    source 101
    target 134
  ]
  edge [
    source 101
    target 135
  ]
  edge [
    source 101
    target 136
  ]
  edge [
    source 101
    target 137
  ]
  edge [
    source 101
    target 138
  ]
  edge [
    source 101
    target 139
  ]
  edge [
    source 101
    target 140
  ]
  edge [
    source 101
    target 141
  ]
  edge [
    source 101
    target 142
  ]
  edge [
    source 101
    target 143
  ]
  edge [
    source 101
    target 144
  ]
  edge [
    source 101
    target 145
  ]
  edge [
    source 101
    target 152
  ]
  edge [
    source 101
    target 153
  ]
  edge [
    source 101
    target 154
  ]
  edge [
    source 101
    target 155
  ]
  edge [
    source 101
    target 156
  ]
  edge [
    source 101
    target 157
  ]
  edge [
    source 101
    target 158
  ]
  edge [
    source 101
    target 159
  ]
  edge [
    source 101
    target 160
  ]
  edge [
    source 101
    target 161
  ]
  edge [
    source 101
    target 162
  ]
  edge [
    source 101
    target 163
  ]
  edge [
    source 101
    target 164
  ]
  edge [
    source 101
    target 171
  ]
  edge [
    source 101
    target 172
  ]
  edge [
    source 101
    target 173
  ]
  edge [
    source 101
    target 174
  ]
  edge [
    source 101
    target 175
  ]
  edge [
    source 101
    target 176
  ]
  edge [
    source 101
    target 177
  ]
  edge [
    source 101
    target 178
  ]
  edge [
    source 101
    target 179
  ]
  edge [
    source 101
    target 180
  ]
  edge [
    source 101
    target 181
  ]
  edge [
    source 101
    target 182
  ]
  edge [
    source 101
    target 183
  ]
  edge [
    source 102
    target 103
  ]
  edge [
    source 102
    target 104
  ]
  edge [
    source 102
    target 105
  ]
  edge [
    source 102
    target 106
  ]
  edge [
    source 102
    target 107
  ]
  edge [
    source 102
    target 108
  ]
  edge [
    source 102
    target 115
  ]
  edge [
    source 102
    target 116
  ]
  edge [
    source 102
    target 117
  ]
  edge [
    source 102
    target 118
  ]
  edge [
    source 102
    target 119
  ]
  edge [
    source 102
    target 120
  ]
  edge [
    source 102
    target 121
  ]
  edge [
    source 102
    target 122
  ]
  edge [
    source 102
    target 123
  ]
  edge [
    source 102
    target 124
  ]
  edge [
    source 102
    target 125
  ]
  edge [
    source 102
    target 126
  ]
  edge [
    source 102
    target 127
  ]
  edge [
    source 102
    target 134
  ]
  edge [
    source 102
    target 135
  ]
  edge [
    source 102
    target 136
  ]
  edge [
    source 102
    target 137
  ]
  edge [
    source 102
    target 138
  ]
  edge [
    source 102
    target 139
  ]
  edge [
    source 102
    target 140
  ]
  edge [
    source 102
    target 141
  ]
  edge [
    source 102
    target 142
  ]
  edge [
    source 102
    target 143
  ]
  edge [
    source 102
    target 144
  ]
  edge [
    source 102
    target 145
  ]
  edge [
    source 102
    target 146
  ]
  edge [
    source 102
    target 153
  ]
  edge [
    source 102
    target 154
  ]
  edge [
    source 102
    target 155
  ]
  edge [
    source 102
    target 156
  ]
  edge [
    source 102
    target 157
  ]
  edge [
    source 102
    target 158
  ]
  edge [
    source 102
    target 159
  ]
  edge [
    source 102
    target 160
  ]
  edge [
    source 102
    target 161
  ]
  edge [
    source 102
    target 162
  ]
  edge [
    source 102
    target 163
  ]
  edge [
    source 102
    target 164
  ]
  edge [
    source 102
    target 165
  ]
  edge [
    source 102
    target 172
  ]
  edge [
    source 102
    target 173
  ]
  edge [
    source 102
    target 174
  ]
  edge [
    source 102
    target 175
  ]
  edge [
    source 102
    target 176
  ]
  edge [
    source 102
    target 177
  ]
  edge [
    source 102
    target 178
  ]
  edge [
    source 102
    target 179
  ]
  edge [
    source 102
    target 180
  ]
  edge [
    source 102
    target 181
  ]
  edge [
    source 102
    target 182
  ]
  edge [
    source 102
    target 183
  ]
  edge [
    source 102
    target 184
  ]
  edge [
    source 103
    target 104
  ]
  edge [
    source 103
    target 105
  ]
  edge [
    source 103
    target 106
  ]
  edge [
    source 103
    target 107
  ]
  edge [
    source 103
    target 108
  ]
  edge [
    source 103
    target 109
  ]
  edge [
    source 103
    target 116
  ]
  edge [
    source 103
    target 117
  ]
  edge [
    source 103
    target 118
  ]
  edge [
    source 103
    target 119
  ]
  edge [
    source 103
    target 120
  ]
  edge [
    source 103
    target 121
  ]
  edge [
    source 103
    target 122
  ]
  edge [
    source 103
    target 123
  ]
  edge [
    source 103
    target 124
  ]
  edge [
    source 103
    target 125
  ]
  edge [
    source 103
    target 126
  ]
  edge [
    source 103
    target 127
  ]
  edge [
    source 103
    target 128
  ]
  edge [
    source 103
    target 135
  ]
  edge [
    source 103
    target 136
  ]
  edge [
    source 103
    target 137
  ]
  edge [
    source 103
    target 138
  ]
  edge [
    source 103
    target 139
  ]
  edge [
    source 103
    target 140
  ]
  edge [
    source 103
    target 141
  ]
  edge [
    source 103
    target 142
  ]
  edge [
    source 103
    target 143
  ]
  edge [
    source 103
    target 144
  ]
  edge [
    source 103
    target 145
  ]
  edge [
    source 103
    target 146
  ]
  edge [
    source 103
    target 147
  ]
  edge [
    source 103
    target 154
  ]
  edge [
    source 103
    target 155
  ]
  edge [
    source 103
    target 156
  ]
  edge [
    source 103
    target 157
  ]
  edge [
    source 103
    target 158
  ]
  edge [
    source 103
    target 159
  ]
  edge [
    source 103
    target 160
  ]
  edge [
    source 103
    target 161
  ]
  edge [
    source 103
    target 162
  ]
  edge [
    source 103
    target 163
  ]
  edge [
    source 103
    target 164
  ]
  edge [
    source 103
    target 165
  ]
  edge [
    source 103
    target 166
  ]
  edge [
    source 103
    target 173
  ]
  edge [
    source 103
    target 174
  ]
  edge [
    source 103
    target 175
  ]
  edge [
    source 103
    target 176
  ]
  edge [
    source 103
    target 177
  ]
  edge [
    source 103
    target 178
  ]
  edge [
    source 103
    target 179
  ]
  edge [
    source 103
    target 180
  ]
  edge [
    source 103
    target 181
  ]
  edge [
    source 103
    target 182
  ]
  edge [
    source 103
    target 183
  ]
  edge [
    source 103
    target 184
  ]
  edge [
    source 103
    target 185
  ]
  edge [
    source 104
    target 105
  ]
  edge [
    source 104
    target 106
  ]
  edge [
    source 104
    target 107
  ]
  edge [
    source 104
    target 108
  ]
  edge [
    source 104
    target 109
  ]
  edge [
    source 104
    target 110
  ]
  edge [
    source 104
    target 117
  ]
  edge [
    source 104
    target 118
  ]
  edge [
    source 104
    target 119
  ]
  edge [
    source 104
    target 120
  ]
  edge [
    source 104
    target 121
  ]
  edge [
    source 104
    target 122
  ]
  edge [
    source 104
    target 123
  ]
  edge [
    source 104
    target 124
  ]
  edge [
    source 104
    target 125
  ]
  edge [
    source 104
    target 126
  ]
  edge [
    source 104
    target 127
  ]
  edge [
    source 104
    target 128
  ]
  edge [
    source 104
    target 129
  ]
  edge [
    source 104
    target 136
  ]
  edge [
    source 104
    target 137
  ]
  edge [
    source 104
    target 138
  ]
  edge [
    source 104
    target 139
  ]
  edge [
    source 104
    target 140
  ]
  edge [
    source 104
    target 141
  ]
  edge [
    source 104
    target 142
  ]
  edge [
    source 104
    target 143
  ]
  edge [
    source 104
    target 144
  ]
  edge [
    source 104
    target 145
  ]
  edge [
    source 104
    target 146
  ]
  edge [
    source 104
    target 147
  ]
  edge [
    source 104
    target 148
  ]
  edge [
    source 104
    target 155
  ]
  edge [
    source 104
    target 156
  ]
  edge [
    source 104
    target 157
  ]
  edge [
    source 104
    target 158
  ]
  edge [
    source 104
    target 159
  ]
  edge [
    source 104
    target 160
  ]
  edge [
    source 104
    target 161
  ]
  edge [
    source 104
    target 162
  ]
  edge [
    source 104
    target 163
  ]
  edge [
    source 104
    target 164
  ]
  edge [
    source 104
    target 165
  ]
  edge [
    source 104
    target 166
  ]
  edge [
    source 104
    target 167
  ]
  edge [
    source 104
    target 174
  ]
  edge [
    source 104
    target 175
  ]
  edge [
    source 104
    target 176
  ]
  edge [
    source 104
    target 177
  ]
  edge [
    source 104
    target 178
  ]
  edge [
    source 104
    target 179
  ]
  edge [
    source 104
    target 180
  ]
  edge [
    source 104
    target 181
  ]
  edge [
    source 104
    target 182
  ]
  edge [
    source 104
    target 183
  ]
  edge [
    source 104
    target 184
  ]
  edge [
    source 104
    target 185
  ]
  edge [
    source 104
    target 186
  ]
  edge [
    source 105
    target 106
  ]
  edge [
    source 105
    target 107
  ]
  edge [
    source 105
    target 108
  ]
  edge [
    source 105
    target 109
  ]
  edge [
    source 105
    target 110
  ]
  edge [
    source 105
    target 111
  ]
  edge [
    source 105
    target 118
  ]
  edge [
    source 105
    target 119
  ]
  edge [
    source 105
    target 120
  ]
  edge [
    source 105
    target 121
  ]
  edge [
    source 105
    target 122
  ]
  edge [
    source 105
    target 123
  ]
  edge [
    source 105
    target 124
  ]
  edge [
    source 105
    target 125
  ]
  edge [
    source 105
    target 126
  ]
  edge [
    source 105
    target 127
  ]
  edge [
    source 105
    target 128
  ]
  edge [
    source 105
    target 129
  ]
  edge [
    source 105
    target 130
  ]
  edge [
    source 105
    target 137
  ]
  edge [
    source 105
    target 138
  ]
  edge [
    source 105
    target 139
  ]
  edge [
    source 105
    target 140
  ]
  edge [
    source 105
    target 141
  ]
  edge [
    source 105
    target 142
  ]
  edge [
    source 105
    target 143
  ]
  edge [
    source 105
    target 144
  ]
  edge [
    source 105
    target 145
  ]
  edge [
    source 105
    target 146
  ]
  edge [
    source 105
    target 147
  ]
  edge [
    source 105
    target 148
  ]
  edge [
    source 105
    target 149
  ]
  edge [
    source 105
    target 156
  ]
  edge [
    source 105
    target 157
  ]
  edge [
    source 105
    target 158
  ]
  edge [
    source 105
    target 159
  ]
  edge [
    source 105
    target 160
  ]
  edge [
    source 105
    target 161
  ]
  edge [
    source 105
    target 162
  ]
  edge [
    source 105
    target 163
  ]
  edge [
    source 105
    target 164
  ]
  edge [
    source 105
    target 165
  ]
  edge [
    source 105
    target 166
  ]
  edge [
    source 105
    target 167
  ]
  edge [
    source 105
    target 168
  ]
  edge [
    source 105
    target 175
  ]
  edge [
    source 105
    target 176
  ]
  edge [
    source 105
    target 177
  ]
  edge [
    source 105
    target 178
  ]
  edge [
    source 105
    target 179
  ]
  edge [
    source 105
    target 180
  ]
  edge [
    source 105
    target 181
  ]
  edge [
    source 105
    target 182
  ]
  edge [
    source 105
    target 183
  ]
  edge [
    source 105
    target 184
  ]
  edge [
    source 105
    target 185
  ]
  edge [
    source 105
    target 186
  ]
  edge [
    source 105
    target 187
  ]
  edge [
    source 106
    target 107
  ]
  edge [
    source 106
    target 108
  ]
  edge [
    source 106
    target 109
  ]
  edge [
    source 106
    target 110
  ]
  edge [
    source 106
    target 111
  ]
  edge [
    source 106
    target 112
  ]
  edge [
    source 106
    target 119
  ]
  edge [
    source 106
    target 120
  ]
  edge [
    source 106
    target 121
  ]
  edge [
    source 106
    target 122
  ]
  edge [
    source 106
    target 123
  ]
  edge [
    source 106
    target 124
  ]
  edge [
    source 106
    target 125
  ]
  edge [
    source 106
    target 126
  ]
  edge [
    source 106
    target 127
  ]
  edge [
    source 106
    target 128
  ]
  edge [
    source 106
    target 129
  ]
  edge [
    source 106
    target 130
  ]
  edge [
    source 106
    target 131
  ]
  edge [
    source 106
    target 138
  ]
  edge [
    source 106
    target 139
  ]
  edge [
    source 106
    target 140
  ]
  edge [
    source 106
    target 141
  ]
  edge [
    source 106
    target 142
  ]
  edge [
    source 106
    target 143
  ]
  edge [
    source 106
    target 144
  ]
  edge [
    source 106
    target 145
  ]
  edge [
    source 106
    target 146
  ]
  edge [
    source 106
    target 147
  ]
  edge [
    source 106
    target 148
  ]
  edge [
    source 106
    target 149
  ]
  edge [
    source 106
    target 150
  ]
  edge [
    source 106
    target 157
  ]
  edge [
    source 106
    target 158
  ]
  edge [
    source 106
    target 159
  ]
  edge [
    source 106
    target 160
  ]
  edge [
    source 106
    target 161
  ]
  edge [
    source 106
    target 162
  ]
  edge [
    source 106
    target 163
  ]
  edge [
    source 106
    target 164
  ]
  edge [
    source 106
    target 165
  ]
  edge [
    source 106
    target 166
  ]
  edge [
    source 106
    target 167
  ]
  edge [
    source 106
    target 168
  ]
  edge [
    source 106
    target 169
  ]
  edge [
    source 106
    target 176
  ]
  edge [
    source 106
    target 177
  ]
  edge [
    source 106
    target 178
  ]
  edge [
    source 106
    target 179
  ]
  edge [
    source 106
    target 180
  ]
  edge [
    source 106
    target 181
  ]
  edge [
    source 106
    target 182
  ]
  edge [
    source 106
    target 183
  ]
  edge [
    source 106
    target 184
  ]
  edge [
    source 106
    target 185
  ]
  edge [
    source 106
    target 186
  ]
  edge [
    source 106
    target 187
  ]
  edge [
    source 106
    target 188
  ]
  edge [
    source 107
    target 108
  ]
  edge [
    source 107
    target 109
  ]
  edge [
    source 107
    target 110
  ]
  edge [
    source 107
    target 111
  ]
  edge [
    source 107
    target 112
  ]
  edge [
    source 107
    target 113
  ]
  edge [
    source 107
    target 120
  ]
  edge [
    source 107
    target 121
  ]
  edge [
    source 107
    target 122
  ]
  edge [
    source 107
    target 123
  ]
  edge [
    source 107
    target 124
  ]
  edge [
    source 107
    target 125
  ]
  edge [
    source 107
    target 126
  ]
  edge [
    source 107
    target 127
  ]
  edge [
    source 107
    target 128
  ]
  edge [
    source 107
    target 129
  ]
  edge [
    source 107
    target 130
  ]
  edge [
    source 107
    target 131
  ]
  edge [
    source 107
    target 132
  ]
  edge [
    source 107
    target 139
  ]
  edge [
    source 107
    target 140
  ]
  edge [
    source 107
    target 141
  ]
  edge [
    source 107
    target 142
  ]
  edge [
    source 107
    target 143
  ]
  edge [
    source 107
    target 144
  ]
  edge [
    source 107
    target 145
  ]
  edge [
    source 107
    target 146
  ]
  edge [
    source 107
    target 147
  ]
  edge [
    source 107
    target 148
  ]
  edge [
    source 107
    target 149
  ]
  edge [
    source 107
    target 150
  ]
  edge [
    source 107
    target 151
  ]
  edge [
    source 107
    target 158
  ]
  edge [
    source 107
    target 159
  ]
  edge [
    source 107
    target 160
  ]
  edge [
    source 107
    target 161
  ]
  edge [
    source 107
    target 162
  ]
  edge [
    source 107
    target 163
  ]
  edge [
    source 107
    target 164
  ]
  edge [
    source 107
    target 165
  ]
  edge [
    source 107
    target 166
  ]
  edge [
    source 107
    target 167
  ]
  edge [
    source 107
    target 168
  ]
  edge [
    source 107
    target 169
  ]
  edge [
    source 107
    target 170
  ]
  edge [
    source 107
    target 177
  ]
  edge [
    source 107
    target 178
  ]
  edge [
    source 107
    target 179
  ]
  edge [
    source 107
    target 180
  ]
  edge [
    source 107
    target 181
  ]
  edge [
    source 107
    target 182
  ]
  edge [
    source 107
    target 183
  ]
  edge [
    source 107
    target 184
  ]
  edge [
    source 107
    target 185
  ]
  edge [
    source 107
    target 186
  ]
  edge [
    source 107
    target 187
  ]
  edge [
    source 107
    target 188
  ]
  edge [
    source 107
    target 189
  ]
  edge [
    source 108
    target 109
  ]
  edge [
    source 108
    target 110
  ]
  edge [
    source 108
    target 111
  ]
  edge [
    source 108
    target 112
  ]
  edge [
    source 108
    target 113
  ]
  edge [
    source 108
    target 114
  ]
  edge [
    source 108
    target 121
  ]
  edge [
    source 108
    target 122
  ]
  edge [
    source 108
    target 123
  ]
  edge [
    source 108
    target 124
  ]
  edge [
    source 108
    target 125
  ]
  edge [
    source 108
    target 126
  ]
  edge [
    source 108
    target 127
  ]
  edge [
    source 108
    target 128
  ]
  edge [
    source 108
    target 129
  ]
  edge [
    source 108
    target 130
  ]
  edge [
    source 108
    target 131
  ]
  edge [
    source 108
    target 132
  ]
  edge [
    source 108
    target 133
  ]
  edge [
    source 108
    target 140
  ]
  edge [
    source 108
    target 141
  ]
  edge [
    source 108
    target 142
  ]
  edge [
    source 108
    target 143
  ]
  edge [
    source 108
    target 144
  ]
  edge [
    source 108
    target 145
  ]
  edge [
    source 108
    target 146
  ]
  edge [
    source 108
    target 147
  ]
  edge [
    source 108
    target 148
  ]
  edge [
    source 108
    target 149
  ]
  edge [
    source 108
    target 150
  ]
  edge [
    source 108
    target 151
  ]
  edge [
    source 108
    target 152
  ]
  edge [
    source 108
    target 159
  ]
  edge [
    source 108
    target 160
  ]
  edge [
    source 108
    target 161
  ]
  edge [
    source 108
    target 162
  ]
  edge [
    source 108
    target 163
  ]
  edge [
    source 108
    target 164
  ]
  edge [
    source 108
    target 165
  ]
  edge [
    source 108
    target 166
  ]
  edge [
    source 108
    target 167
  ]
  edge [
    source 108
    target 168
  ]
  edge [
    source 108
    target 169
  ]
  edge [
    source 108
    target 170
  ]
  edge [
    source 108
    target 171
  ]
  edge [
    source 108
    target 178
  ]
  edge [
    source 108
    target 179
  ]
  edge [
    source 108
    target 180
  ]
  edge [
    source 108
    target 181
  ]
  edge [
    source 108
    target 182
  ]
  edge [
    source 108
    target 183
  ]
  edge [
    source 108
    target 184
  ]
  edge [
    source 108
    target 185
  ]
  edge [
    source 108
    target 186
  ]
  edge [
    source 108
    target 187
  ]
  edge [
    source 108
    target 188
  ]
  edge [
    source 108
    target 189
  ]
  edge [
    source 109
    target 110
  ]
  edge [
    source 109
    target 111
  ]
  edge [
    source 109
    target 112
  ]
  edge [
    source 109
    target 113
  ]
  edge [
    source 109
    target 114
  ]
  edge [
    source 109
    target 115
  ]
  edge [
    source 109
    target 122
  ]
  edge [
    source 109
    target 123
  ]
  edge [
    source 109
    target 124
  ]
  edge [
    source 109
    target 125
  ]
  edge [
    source 109
    target 126
  ]
  edge [
    source 109
    target 127
  ]
  edge [
    source 109
    target 128
  ]
  edge [
    source 109
    target 129
  ]
  edge [
    source 109
    target 130
  ]
  edge [
    source 109
    target 131
  ]
  edge [
    source 109
    target 132
  ]
  edge [
    source 109
    target 133
  ]
  edge [
    source 109
    target 134
  ]
  edge [
    source 109
    target 141
  ]
  edge [
    source 109
    target 142
  ]
  edge [
    source 109
    target 143
  ]
  edge [
    source 109
    target 144
  ]
  edge [
    source 109
    target 145
  ]
  edge [
    source 109
    target 146
  ]
  edge [
    source 109
    target 147
  ]
  edge [
    source 109
    target 148
  ]
  edge [
    source 109
    target 149
  ]
  edge [
    source 109
    target 150
  ]
  edge [
    source 109
    target 151
  ]
  edge [
    source 109
    target 152
  ]
  edge [
    source 109
    target 153
  ]
  edge [
    source 109
    target 160
  ]
  edge [
    source 109
    target 161
  ]
  edge [
    source 109
    target 162
  ]
  edge [
    source 109
    target 163
  ]
  edge [
    source 109
    target 164
  ]
  edge [
    source 109
    target 165
  ]
  edge [
    source 109
    target 166
  ]
  edge [
    source 109
    target 167
  ]
  edge [
    source 109
    target 168
  ]
  edge [
    source 109
    target 169
  ]
  edge [
    source 109
    target 170
  ]
  edge [
    source 109
    target 171
  ]
  edge [
    source 109
    target 172
  ]
  edge [
    source 109
    target 179
  ]
  edge [
    source 109
    target 180
  ]
  edge [
    source 109
    target 181
  ]
  edge [
    source 109
    target 182
  ]
  edge [
    source 109
    target 183
  ]
  edge [
    source 109
    target 184
  ]
  edge [
    source 109
    target 185
  ]
  edge [
    source 109
    target 186
  ]
  edge [
    source 109
    target 187
  ]
  edge [
    source 109
    target 188
  ]
  edge [
    source 109
    target 189
  ]
  edge [
    source 110
    target 111
  ]
  edge [
    source 110
    target 112
  ]
  edge [
    source 110
    target 113
  ]
  edge [
    source 110
    target 114
  ]
  edge [
    source 110
    target 115
  ]
  edge [
    source 110
    target 116
  ]
  edge [
    source 110
    target 123
  ]
  edge [
    source 110
    target 124
  ]
  edge [
    source 110
    target 125
  ]
  edge [
    source 110
    target 126
  ]
  edge [
    source 110
    target 127
  ]
  edge [
    source 110
    target 128
  ]
  edge [
    source 110
    target 129
  ]
  edge [
    source 110
    target 130
  ]
  edge [
    source 110
    target 131
  ]
  edge [
    source 110
    target 132
  ]
  edge [
    source 110
    target 133
  ]
  edge [
    source 110
    target 134
  ]
  edge [
    source 110
    target 135
  ]
  edge [
    source 110
    target 142
  ]
  edge [
    source 110
    target 143
  ]
  edge [
    source 110
    target 144
  ]
  edge [
    source 110
    target 145
  ]
  edge [
    source 110
    target 146
  ]
  edge [
    source 110
    target 147
  ]
  edge [
    source 110
    target 148
  ]
  edge [
    source 110
    target 149
  ]
  edge [
    source 110
    target 150
  ]
  edge [
    source 110
    target 151
  ]
  edge [
    source 110
    target 152
  ]
  edge [
    source 110
    target 153
  ]
  edge [
    source 110
    target 154
  ]
  edge [
    source 110
    target 161
  ]
  edge [
    source 110
    target 162
  ]
  edge [
    source 110
    target 163
  ]
  edge [
    source 110
    target 164
  ]
  edge [
    source 110
    target 165
  ]
  edge [
    source 110
    target 166
  ]
  edge [
    source 110
    target 167
  ]
  edge [
    source 110
    target 168
  ]
  edge [
    source 110
    target 169
  ]
  edge [
    source 110
    target 170
  ]
  edge [
    source 110
    target 171
  ]
  edge [
    source 110
    target 172
  ]
  edge [
    source 110
    target 173
  ]
  edge [
    source 110
    target 180
  ]
  edge [
    source 110
    target 181
  ]
  edge [
    source 110
    target 182
  ]
  edge [
    source 110
    target 183
  ]
  edge [
    source 110
    target 184
  ]
  edge [
    source 110
    target 185
  ]
  edge [
    source 110
    target 186
  ]
  edge [
    source 110
    target 187
  ]
  edge [
    source 110
    target 188
  ]
  edge [
    source 110
    target 189
  ]
  edge [
    source 111
    target 112
  ]
  edge [
    source 111
    target 113
  ]
  edge [
    source 111
    target 114
  ]
  edge [
    source 111
    target 115
  ]
  edge [
    source 111
    target 116
  ]
  edge [
    source 111
    target 117
  ]
  edge [
    source 111
    target 124
  ]
  edge [
    source 111
    target 125
  ]
  edge [
    source 111
    target 126
  ]
  edge [
    source 111
    target 127
  ]
  edge [
    source 111
    target 128
  ]
  edge [
    source 111
    target 129
  ]
  edge [
    source 111
    target 130
  ]
  edge [
    source 111
    target 131
  ]
  edge [
    source 111
    target 132
  ]
  edge [
    source 111
    target 133
  ]
  edge [
    source 111
    target 134
  ]
  edge [
    source 111
    target 135
  ]
  edge [
    source 111
    target 136
  ]
  edge [
    source 111
    target 143
  ]
  edge [
    source 111
    target 144
  ]
  edge [
    source 111
    target 145
  ]
  edge [
    source 111
    target 146
  ]
  edge [
    source 111
    target 147
  ]
  edge [
    source 111
    target 148
  ]
  edge [
    source 111
    target 149
  ]
  edge [
    source 111
    target 150
  ]
  edge [
    source 111
    target 151
  ]
  edge [
    source 111
    target 152
  ]
  edge [
    source 111
    target 153
  ]
  edge [
    source 111
    target 154
  ]
  edge [
    source 111
    target 155
  ]
  edge [
    source 111
    target 162
  ]
  edge [
    source 111
    target 163
  ]
  edge [
    source 111
    target 164
  ]
  edge [
    source 111
    target 165
  ]
  edge [
    source 111
    target 166
  ]
  edge [
    source 111
    target 167
  ]
  edge [
    source 111
    target 168
  ]
  edge [
    source 111
    target 169
  ]
  edge [
    source 111
    target 170
  ]
  edge [
    source 111
    target 171
  ]
  edge [
    source 111
    target 172
  ]
  edge [
    source 111
    target 173
  ]
  edge [
    source 111
    target 174
  ]
  edge [
    source 111
    target 181
  ]
  edge [
    source 111
    target 182
  ]
  edge [
    source 111
    target 183
  ]
  edge [
    source 111
    target 184
  ]
  edge [
    source 111
    target 185
  ]
  edge [
    source 111
    target 186
  ]
  edge [
    source 111
    target 187
  ]
  edge [
    source 111
    target 188
  ]
  edge [
    source 111
    target 189
  ]
  edge [
    source 112
    target 113
  ]
  edge [
    source 112
    target 114
  ]
  edge [
    source 112
    target 115
  ]
  edge [
    source 112
    target 116
  ]
  edge [
    source 112
    target 117
  ]
  edge [
    source 112
    target 118
  ]
  edge [
    source 112
    target 125
  ]
  edge [
    source 112
    target 126
  ]
  edge [
    source 112
    target 127
  ]
  edge [
    source 112
    target 128
  ]
  edge [
    source 112
    target 129
  ]
  edge [
    source 112
    target 130
  ]
  edge [
    source 112
    target 131
  ]
  edge [
    source 112
    target 132
  ]
  edge [
    source 112
    target 133
  ]
  edge [
    source 112
    target 134
  ]
  edge [
    source 112
    target 135
  ]
  edge [
    source 112
    target 136
  ]
  edge [
    source 112
    target 137
  ]
  edge [
    source 112
    target 144
  ]
  edge [
    source 112
    target 145
  ]
  edge [
    source 112
    target 146
  ]
  edge [
    source 112
    target 147
  ]
  edge [
    source 112
    target 148
  ]
  edge [
    source 112
    target 149
  ]
  edge [
    source 112
    target 150
  ]
  edge [
    source 112
    target 151
  ]
  edge [
    source 112
    target 152
  ]
  edge [
    source 112
    target 153
  ]
  edge [
    source 112
    target 154
  ]
  edge [
    source 112
    target 155
  ]
  edge [
    source 112
    target 156
  ]
  edge [
    source 112
    target 163
  ]
  edge [
    source 112
    target 164
  ]
  edge [
    source 112
    target 165
  ]
  edge [
    source 112
    target 166
  ]
  edge [
    source 112
    target 167
  ]
  edge [
    source 112
    target 168
  ]
  edge [
    source 112
    target 169
  ]
  edge [
    source 112
    target 170
  ]
  edge [
    source 112
    target 171
  ]
  edge [
    source 112
    target 172
  ]
  edge [
    source 112
    target 173
  ]
  edge [
    source 112
    target 174
  ]
  edge [
    source 112
    target 175
  ]
  edge [
    source 112
    target 182
  ]
  edge [
    source 112
    target 183
  ]
  edge [
    source 112
    target 184
  ]
  edge [
    source 112
    target 185
  ]
  edge [
    source 112
    target 186
  ]
  edge [
    source 112
    target 187
  ]
  edge [
    source 112
    target 188
  ]
  edge [
    source 112
    target 189
  ]
  edge [
    source 113
    target 114
  ]
  edge [
    source 113
    target 115
  ]
  edge [
    source 113
    target 116
  ]
  edge [
    source 113
    target 117
  ]
  edge [
    source 113
    target 118
  ]
  edge [
    source 113
    target 119
  ]
  edge [
    source 113
    target 126
  ]
  edge [
    source 113
    target 127
  ]
  edge [
    source 113
    target 128
  ]
  edge [
    source 113
    target 129
  ]
  edge [
    source 113
    target 130
  ]
  edge [
    source 113
    target 131
  ]
  edge [
    source 113
    target 132
  ]
  edge [
    source 113
    target 133
  ]
  edge [
    source 113
    target 134
  ]
  edge [
    source 113
    target 135
  ]
  edge [
    source 113
    target 136
  ]
  edge [
    source 113
    target 137
  ]
  edge [
    source 113
    target 138
  ]
  edge [
    source 113
    target 145
  ]
  edge [
    source 113
    target 146
  ]
  edge [
    source 113
    target 147
  ]
  edge [
    source 113
    target 148
  ]
  edge [
    source 113
    target 149
  ]
  edge [
    source 113
    target 150
  ]
  edge [
    source 113
    target 151
  ]
  edge [
    source 113
    target 152
  ]
  edge [
    source 113
    target 153
  ]
  edge [
    source 113
    target 154
  ]
  edge [
    source 113
    target 155
  ]
  edge [
    source 113
    target 156
  ]
  edge [
    source 113
    target 157
  ]
  edge [
    source 113
    target 164
  ]
  edge [
    source 113
    target 165
  ]
  edge [
    source 113
    target 166
  ]
  edge [
    source 113
    target 167
  ]
  edge [
    source 113
    target 168
  ]
  edge [
    source 113
    target 169
  ]
  edge [
    source 113
    target 170
  ]
  edge [
    source 113
    target 171
  ]
  edge [
    source 113
    target 172
  ]
  edge [
    source 113
    target 173
  ]
  edge [
    source 113
    target 174
  ]
  edge [
    source 113
    target 175
  ]
  edge [
    source 113
    target 176
  ]
  edge [
    source 113
    target 183
  ]
  edge [
    source 113
    target 184
  ]
  edge [
    source 113
    target 185
  ]
  edge [
    source 113
    target 186
  ]
  edge [
    source 113
    target 187
  ]
  edge [
    source 113
    target 188
  ]
  edge [
    source 113
    target 189
  ]
  edge [
    source 114
    target 115
  ]
  edge [
    source 114
    target 116
  ]
  edge [
    source 114
    target 117
  ]
  edge [
    source 114
    target 118
  ]
  edge [
    source 114
    target 119
  ]
  edge [
    source 114
    target 120
  ]
  edge [
    source 114
    target 127
  ]
  edge [
    source 114
    target 128
  ]
  edge [
    source 114
    target 129
  ]
  edge [
    source 114
    target 130
  ]
  edge [
    source 114
    target 131
  ]
  edge [
    source 114
    target 132
  ]
  edge [
    source 114
    target 133
  ]
  edge [
    source 114
    target 134
  ]
  edge [
    source 114
    target 135
  ]
  edge [
    source 114
    target 136
  ]
  edge [
    source 114
    target 137
  ]
  edge [
    source 114
    target 138
  ]
  edge [
    source 114
    target 139
  ]
  edge [
    source 114
    target 146
  ]
  edge [
    source 114
    target 147
  ]
  edge [
    source 114
    target 148
  ]
  edge [
    source 114
    target 149
  ]
  edge [
    source 114
    target 150
  ]
  edge [
    source 114
    target 151
  ]
  edge [
    source 114
    target 152
  ]
  edge [
    source 114
    target 153
  ]
  edge [
    source 114
    target 154
  ]
  edge [
    source 114
    target 155
  ]
  edge [
    source 114
    target 156
  ]
  edge [
    source 114
    target 157
  ]
  edge [
    source 114
    target 158
  ]
  edge [
    source 114
    target 165
  ]
  edge [
    source 114
    target 166
  ]
  edge [
    source 114
    target 167
  ]
  edge [
    source 114
    target 168
  ]
  edge [
    source 114
    target 169
  ]
  edge [
    source 114
    target 170
  ]
  edge [
    source 114
    target 171
  ]
  edge [
    source 114
    target 172
  ]
  edge [
    source 114
    target 173
  ]
  edge [
    source 114
    target 174
  ]
  edge [
    source 114
    target 175
  ]
  edge [
    source 114
    target 176
  ]
  edge [
    source 114
    target 177
  ]
  edge [
    source 114
    target 184
  ]
  edge [
    source 114
    target 185
  ]
  edge [
    source 114
    target 186
  ]
  edge [
    source 114
    target 187
  ]
  edge [
    source 114
    target 188
  ]
  edge [
    source 114
    target 189
  ]
  edge [
    source 115
    target 116
  ]
  edge [
    source 115
    target 117
  ]
  edge [
    source 115
    target 118
  ]
  edge [
    source 115
    target 119
  ]
  edge [
    source 115
    target 120
  ]
  edge [
    source 115
    target 121
  ]
  edge [
    source 115
    target 128
  ]
  edge [
    source 115
    target 129
  ]
  edge [
    source 115
    target 130
  ]
  edge [
    source 115
    target 131
  ]
  edge [
    source 115
    target 132
  ]
  edge [
    source 115
    target 133
  ]
  edge [
    source 115
    target 134
  ]
  edge [
    source 115
    target 135
  ]
  edge [
    source 115
    target 136
  ]
  edge [
    source 115
    target 137
  ]
  edge [
    source 115
    target 138
  ]
  edge [
    source 115
    target 139
  ]
  edge [
    source 115
    target 140
  ]
  edge [
    source 115
    target 147
  ]
  edge [
    source 115
    target 148
  ]
  edge [
    source 115
    target 149
  ]
  edge [
    source 115
    target 150
  ]
  edge [
    source 115
    target 151
  ]
  edge [
    source 115
    target 152
  ]
  edge [
    source 115
    target 153
  ]
  edge [
    source 115
    target 154
  ]
  edge [
    source 115
    target 155
  ]
  edge [
    source 115
    target 156
  ]
  edge [
    source 115
    target 157
  ]
  edge [
    source 115
    target 158
  ]
  edge [
    source 115
    target 159
  ]
  edge [
    source 115
    target 166
  ]
  edge [
    source 115
    target 167
  ]
  edge [
    source 115
    target 168
  ]
  edge [
    source 115
    target 169
  ]
  edge [
    source 115
    target 170
  ]
  edge [
    source 115
    target 171
  ]
  edge [
    source 115
    target 172
  ]
  edge [
    source 115
    target 173
  ]
  edge [
    source 115
    target 174
  ]
  edge [
    source 115
    target 175
  ]
  edge [
    source 115
    target 176
  ]
  edge [
    source 115
    target 177
  ]
  edge [
    source 115
    target 178
  ]
  edge [
    source 115
    target 185
  ]
  edge [
    source 115
    target 186
  ]
  edge [
    source 115
    target 187
  ]
  edge [
    source 115
    target 188
  ]
  edge [
    source 115
    target 189
  ]
  edge [
    source 116
    target 117
  ]
  edge [
    source 116
    target 118
  ]
  edge [
    source 116
    target 119
  ]
  edge [
    source 116
    target 120
  ]
  edge [
    source 116
    target 121
  ]
  edge [
    source 116
    target 122
  ]
  edge [
    source 116
    target 129
  ]
  edge [
    source 116
    target 130
  ]
  edge [
    source 116
    target 131
  ]
  edge [
    source 116
    target 132
  ]
  edge [
    source 116
    target 133
  ]
  edge [
    source 116
    target 134
  ]
  edge [
    source 116
    target 135
  ]
  edge [
    source 116
    target 136
  ]
  edge [
    source 116
    target 137
  ]
  edge [
    source 116
    target 138
  ]
  edge [
    source 116
    target 139
  ]
  edge [
    source 116
    target 140
  ]
  edge [
    source 116
    target 141
  ]
  edge [
    source 116
    target 148
  ]
  edge [
    source 116
    target 149
  ]
  edge [
    source 116
    target 150
  ]
  edge [
    source 116
    target 151
  ]
  edge [
    source 116
    target 152
  ]
  edge [
    source 116
    target 153
  ]
  edge [
    source 116
    target 154
  ]
  edge [
    source 116
    target 155
  ]
  edge [
    source 116
    target 156
  ]
  edge [
    source 116
    target 157
  ]
  edge [
    source 116
    target 158
  ]
  edge [
    source 116
    target 159
  ]
  edge [
    source 116
    target 160
  ]
  edge [
    source 116
    target 167
  ]
  edge [
    source 116
    target 168
  ]
  edge [
    source 116
    target 169
  ]
  edge [
    source 116
    target 170
  ]
  edge [
    source 116
    target 171
  ]
  edge [
    source 116
    target 172
  ]
  edge [
    source 116
    target 173
  ]
  edge [
    source 116
    target 174
  ]
  edge [
    source 116
    target 175
  ]
  edge [
    source 116
    target 176
  ]
  edge [
    source 116
    target 177
  ]
  edge [
    source 116
    target 178
  ]
  edge [
    source 116
    target 179
  ]
  edge [
    source 116
    target 186
  ]
  edge [
    source 116
    target 187
  ]
  edge [
    source 116
    target 188
  ]
  edge [
    source 116
    target 189
  ]
  edge [
    source 117
    target 118
  ]
  edge [
    source 117
    target 119
  ]
  edge [
    source 117
    target 120
  ]
  edge [
    source 117
    target 121
  ]
  edge [
    source 117
    target 122
  ]
  edge [
    source 117
    target 123
  ]
  edge [
    source 117
    target 130
  ]
  edge [
    source 117
    target 131
  ]
  edge [
    source 117
    target 132
  ]
  edge [
    source 117
    target 133
  ]
  edge [
    source 117
    target 134
  ]
  edge [
    source 117
    target 135
  ]
  edge [
    source 117
    target 136
  ]
  edge [
    source 117
    target 137
  ]
  edge [
    source 117
    target 138
  ]
  edge [
    source 117
    target 139
  ]
  edge [
    source 117
    target 140
  ]
  edge [
    source 117
    target 141
  ]
  edge [
    source 117
    target 142
  ]
  edge [
    source 117
    target 149
  ]
  edge [
    source 117
    target 150
  ]
  edge [
    source 117
    target 151
  ]
  edge [
    source 117
    target 152
  ]
  edge [
    source 117
    target 153
  ]
  edge [
    source 117
    target 154
  ]
  edge [
    source 117
    target 155
  ]
  edge [
    source 117
    target 156
  ]
  edge [
    source 117
    target 157
  ]
  edge [
    source 117
    target 158
  ]
  edge [
    source 117
    target 159
  ]
  edge [
    source 117
    target 160
  ]
  edge [
    source 117
    target 161
  ]
  edge [
    source 117
    target 168
  ]
  edge [
    source 117
    target 169
  ]
  edge [
    source 117
    target 170
  ]
  edge [
    source 117
    target 171
  ]
  edge [
    source 117
    target 172
  ]
  edge [
    source 117
    target 173
  ]
  edge [
    source 117
    target 174
  ]
  edge [
    source 117
    target 175
  ]
  edge [
    source 117
    target 176
  ]
  edge [
    source 117
    target 177
  ]
  edge [
    source 117
    target 178
  ]
  edge [
    source 117
    target 179
  ]
  edge [
    source 117
    target 180
  ]
  edge [
    source 117
    target 187
  ]
  edge [
    source 117
    target 188
  ]
  edge [
    source 117
    target 189
  ]
  edge [
    source 118
    target 119
  ]
  edge [
    source 118
    target 120
  ]
  edge [
    source 118
    target 121
  ]
  edge [
    source 118
    target 122
  ]
  edge [
    source 118
    target 123
  ]
  edge [
    source 118
    target 124
  ]
  edge [
    source 118
    target 131
  ]
  edge [
    source 118
    target 132
  ]
  edge [
    source 118
    target 133
  ]
  edge [
    source 118
    target 134
  ]
  edge [
    source 118
    target 135
  ]
  edge [
    source 118
    target 136
  ]
  edge [
    source 118
    target 137
  ]
  edge [
    source 118
    target 138
  ]
  edge [
    source 118
    target 139
  ]
  edge [
    source 118
    target 140
  ]
  edge [
    source 118
    target 141
  ]
  edge [
    source 118
    target 142
  ]
  edge [
    source 118
    target 143
  ]
  edge [
    source 118
    target 150
  ]
  edge [
    source 118
    target 151
  ]
  edge [
    source 118
    target 152
  ]
  edge [
    source 118
    target 153
  ]
  edge [
    source 118
    target 154
  ]
  edge [
    source 118
    target 155
  ]
  edge [
    source 118
    target 156
  ]
  edge [
    source 118
    target 157
  ]
  edge [
    source 118
    target 158
  ]
  edge [
    source 118
    target 159
  ]
  edge [
    source 118
    target 160
  ]
  edge [
    source 118
    target 161
  ]
  edge [
    source 118
    target 162
  ]
  edge [
    source 118
    target 169
  ]
  edge [
    source 118
    target 170
  ]
  edge [
    source 118
    target 171
  ]
  edge [
    source 118
    target 172
  ]
  edge [
    source 118
    target 173
  ]
  edge [
    source 118
    target 174
  ]
  edge [
    source 118
    target 175
  ]
  edge [
    source 118
    target 176
  ]
  edge [
    source 118
    target 177
  ]
  edge [
    source 118
    target 178
  ]
  edge [
    source 118
    target 179
  ]
  edge [
    source 118
    target 180
  ]
  edge [
    source 118
    target 181
  ]
  edge [
    source 118
    target 188
  ]
  edge [
    source 118
    target 189
  ]
  edge [
    source 119
    target 120
  ]
  edge [
    source 119
    target 121
  ]
  edge [
    source 119
    target 122
  ]
  edge [
    source 119
    target 123
  ]
  edge [
    source 119
    target 124
  ]
  edge [
    source 119
    target 125
  ]
  edge [
    source 119
    target 132
  ]
  edge [
    source 119
    target 133
  ]
  edge [
    source 119
    target 134
  ]
  edge [
    source 119
    target 135
  ]
  edge [
    source 119
    target 136
  ]
  edge [
    source 119
    target 137
  ]
  edge [
    source 119
    target 138
  ]
  edge [
    source 119
    target 139
  ]
  edge [
    source 119
    target 140
  ]
  edge [
    source 119
    target 141
  ]
  edge [
    source 119
    target 142
  ]
  edge [
    source 119
    target 143
  ]
  edge [
    source 119
    target 144
  ]
  edge [
    source 119
    target 151
  ]
  edge [
    source 119
    target 152
  ]
  edge [
    source 119
    target 153
  ]
  edge [
    source 119
    target 154
  ]
  edge [
    source 119
    target 155
  ]
  edge [
    source 119
    target 156
  ]
  edge [
    source 119
    target 157
  ]
  edge [
    source 119
    target 158
  ]
  edge [
    source 119
    target 159
  ]
  edge [
    source 119
    target 160
  ]
  edge [
    source 119
    target 161
  ]
  edge [
    source 119
    target 162
  ]
  edge [
    source 119
    target 163
  ]
  edge [
    source 119
    target 170
  ]
  edge [
    source 119
    target 171
  ]
  edge [
    source 119
    target 172
  ]
  edge [
    source 119
    target 173
  ]
  edge [
    source 119
    target 174
  ]
  edge [
    source 119
    target 175
  ]
  edge [
    source 119
    target 176
  ]
  edge [
    source 119
    target 177
  ]
  edge [
    source 119
    target 178
  ]
  edge [
    source 119
    target 179
  ]
  edge [
    source 119
    target 180
  ]
  edge [
    source 119
    target 181
  ]
  edge [
    source 119
    target 182
  ]
  edge [
    source 119
    target 189
  ]
  edge [
    source 120
    target 121
  ]
  edge [
    source 120
    target 122
  ]
  edge [
    source 120
    target 123
  ]
  edge [
    source 120
    target 124
  ]
  edge [
    source 120
    target 125
  ]
  edge [
    source 120
    target 126
  ]
  edge [
    source 120
    target 133
  ]
  edge [
    source 120
    target 134
  ]
  edge [
    source 120
    target 135
  ]
  edge [
    source 120
    target 136
  ]
  edge [
    source 120
    target 137
  ]
  edge [
    source 120
    target 138
  ]
  edge [
    source 120
    target 139
  ]
  edge [
    source 120
    target 140
  ]
  edge [
    source 120
    target 141
  ]
  edge [
    source 120
    target 142
  ]
  edge [
    source 120
    target 143
  ]
  edge [
    source 120
    target 144
  ]
  edge [
    source 120
    target 145
  ]
  edge [
    source 120
    target 152
  ]
  edge [
    source 120
    target 153
  ]
  edge [
    source 120
    target 154
  ]
  edge [
    source 120
    target 155
  ]
  edge [
    source 120
    target 156
  ]
  edge [
    source 120
    target 157
  ]
  edge [
    source 120
    target 158
  ]
  edge [
    source 120
    target 159
  ]
  edge [
    source 120
    target 160
  ]
  edge [
    source 120
    target 161
  ]
  edge [
    source 120
    target 162
  ]
  edge [
    source 120
    target 163
  ]
  edge [
    source 120
    target 164
  ]
  edge [
    source 120
    target 171
  ]
  edge [
    source 120
    target 172
  ]
  edge [
    source 120
    target 173
  ]
  edge [
    source 120
    target 174
  ]
  edge [
    source 120
    target 175
  ]
  edge [
    source 120
    target 176
  ]
  edge [
    source 120
    target 177
  ]
  edge [
    source 120
    target 178
  ]
  edge [
    source 120
    target 179
  ]
  edge [
    source 120
    target 180
  ]
  edge [
    source 120
    target 181
  ]
  edge [
    source 120
    target 182
  ]
  edge [
    source 120
    target 183
  ]
  edge [
    source 121
    target 122
  ]
  edge [
    source 121
    target 123
  ]
  edge [
    source 121
    target 124
  ]
  edge [
    source 121
    target 125
  ]
  edge [
    source 121
    target 126
  ]
  edge [
    source 121
    target 127
  ]
  edge [
    source 121
    target 134
  ]
  edge [
    source 121
    target 135
  ]
  edge [
    source 121
    target 136
  ]
  edge [
    source 121
    target 137
  ]
  edge [
    source 121
    target 138
  ]
  edge [
    source 121
    target 139
  ]
  edge [
    source 121
    target 140
  ]
  edge [
    source 121
    target 141
  ]
  edge [
    source 121
    target 142
  ]
  edge [
    source 121
    target 143
  ]
  edge [
    source 121
    target 144
  ]
  edge [
    source 121
    target 145
  ]
  edge [
    source 121
    target 146
  ]
  edge [
    source 121
    target 153
  ]
  edge [
    source 121
    target 154
  ]
  edge [
    source 121
    target 155
  ]
  edge [
    source 121
    target 156
  ]
  edge [
    source 121
    target 157
  ]
  edge [
    source 121
    target 158
  ]
  edge [
    source 121
    target 159
  ]
  edge [
    source 121
    target 160
  ]
  edge [
    source 121
    target 161
  ]
  edge [
    source 121
    target 162
  ]
  edge [
    source 121
    target 163
  ]
  edge [
    source 121
    target 164
  ]
  edge [
    source 121
    target 165
  ]
  edge [
    source 121
    target 172
  ]
  edge [
    source 121
    target 173
  ]
  edge [
    source 121
    target 174
  ]
  edge [
    source 121
    target 175
  ]
  edge [
    source 121
    target 176
  ]
  edge [
    source 121
    target 177
  ]
  edge [
    source 121
    target 178
  ]
  edge [
    source 121
    target 179
  ]
  edge [
    source 121
    target 180
  ]
  edge [
    source 121
    target 181
  ]
  edge [
    source 121
    target 182
  ]
  edge [
    source 121
    target 183
  ]
  edge [
    source 121
    target 184
  ]
  edge [
    source 122
    target 123
  ]
  edge [
    source 122
    target 124
  ]
  edge [
    source 122
    target 125
  ]
  edge [
    source 122
    target 126
  ]
  edge [
    source 122
    target 127
  ]
  edge [
    source 122
    target 128
  ]
  edge [
    source 122
    target 135
  ]
  edge [
    source 122
    target 136
  ]
  edge [
    source 122
    target 137
  ]
  edge [
    source 122
    target 138
  ]
  edge [
    source 122
    target 139
  ]
  edge [
    source 122
    target 140
  ]
  edge [
    source 122
    target 141
  ]
  edge [
    source 122
    target 142
  ]
  edge [
    source 122
    target 143
  ]
  edge [
    source 122
    target 144
  ]
  edge [
    source 122
    target 145
  ]
  edge [
    source 122
    target 146
  ]
  edge [
    source 122
    target 147
  ]
  edge [
    source 122
    target 154
  ]
  edge [
    source 122
    target 155
  ]
  edge [
    source 122
    target 156
  ]
  edge [
    source 122
    target 157
  ]
  edge [
    source 122
    target 158
  ]
  edge [
    source 122
    target 159
  ]
  edge [
    source 122
    target 160
  ]
  edge [
    source 122
    target 161
  ]
  edge [
    source 122
    target 162
  ]
  edge [
    source 122
    target 163
  ]
  edge [
    source 122
    target 164
  ]
  edge [
    source 122
    target 165
  ]
  edge [
    source 122
    target 166
  ]
  edge [
    source 122
    target 173
  ]
  edge [
    source 122
    target 174
  ]
  edge [
    source 122
    target 175
  ]
  edge [
    source 122
    target 176
  ]
  edge [
    source 122
    target 177
  ]
  edge [
    source 122
    target 178
  ]
  edge [
    source 122
    target 179
  ]
  edge [
    source 122
    target 180
  ]
  edge [
    source 122
    target 181
  ]
  edge [
    source 122
    target 182
  ]
  edge [
    source 122
    target 183
  ]
  edge [
    source 122
    target 184
  ]
  edge [
    source 122
    target 185
  ]
  edge [
    source 123
    target 124
  ]
  edge [
    source 123
    target 125
  ]
  edge [
    source 123
    target 126
  ]
  edge [
    source 123
    target 127
  ]
  edge [
    source 123
    target 128
  ]
  edge [
    source 123
    target 129
  ]
  edge [
    source 123
    target 136
  ]
  edge [
    source 123
    target 137
  ]
  edge [
    source 123
    target 138
  ]
  edge [
    source 123
    target 139
  ]
  edge [
    source 123
    target 140
  ]
  edge [
    source 123
    target 141
  ]
  edge [
    source 123
    target 142
  ]
  edge [
    source 123
    target 143
  ]
  edge [
    source 123
    target 144
  ]
  edge [
    source 123
    target 145
  ]
  edge [
    source 123
    target 146
  ]
  edge [
    source 123
    target 147
  ]
  edge [
    source 123
    target 148
  ]
  edge [
    source 123
    target 155
  ]
  edge [
    source 123
    target 156
  ]
  edge [
    source 123
    target 157
  ]
  edge [
    source 123
    target 158
  ]
  edge [
    source 123
    target 159
  ]
  edge [
    source 123
    target 160
  ]
  edge [
    source 123
    target 161
  ]
  edge [
    source 123
    target 162
  ]
  edge [
    source 123
    target 163
  ]
  edge [
    source 123
    target 164
  ]
  edge [
    source 123
    target 165
  ]
  edge [
    source 123
    target 166
  ]
  edge [
    source 123
    target 167
  ]
  edge [
    source 123
    target 174
  ]
  edge [
    source 123
    target 175
  ]
  edge [
    source 123
    target 176
  ]
  edge [
    source 123
    target 177
  ]
  edge [
    source 123
    target 178
  ]
  edge [
    source 123
    target 179
  ]
  edge [
    source 123
    target 180
  ]
  edge [
    source 123
    target 181
  ]
  edge [
    source 123
    target 182
  ]
  edge [
    source 123
    target 183
  ]
  edge [
    source 123
    target 184
  ]
  edge [
    source 123
    target 185
  ]
  edge [
    source 123
    target 186
  ]
  edge [
    source 124
    target 125
  ]
  edge [
    source 124
    target 126
  ]
  edge [
    source 124
    target 127
  ]
  edge [
    source 124
    target 128
  ]
  edge [
    source 124
    target 129
  ]
  edge [
    source 124
    target 130
  ]
  edge [
    source 124
    target 137
  ]
  edge [
    source 124
    target 138
  ]
  edge [
    source 124
    target 139
  ]
  edge [
    source 124
    target 140
  ]
  edge [
    source 124
    target 141
  ]
  edge [
    source 124
    target 142
  ]
  edge [
    source 124
    target 143
  ]
  edge [
    source 124
    target 144
  ]
  edge [
    source 124
    target 145
  ]
  edge [
    source 124
    target 146
  ]
  edge [
    source 124
    target 147
  ]
  edge [
    source 124
    target 148
  ]
  edge [
    source 124
    target 149
  ]
  edge [
    source 124
    target 156
  ]
  edge [
    source 124
    target 157
  ]
  edge [
    source 124
    target 158
  ]
  edge [
    source 124
    target 159
  ]
  edge [
    source 124
    target 160
  ]
  edge [
    source 124
    target 161
  ]
  edge [
    source 124
    target 162
  ]
  edge [
    source 124
    target 163
  ]
  edge [
    source 124
    target 164
  ]
  edge [
    source 124
    target 165
  ]
  edge [
    source 124
    target 166
  ]
  edge [
    source 124
    target 167
  ]
  edge [
    source 124
    target 168
  ]
  edge [
    source 124
    target 175
  ]
  edge [
    source 124
    target 176
  ]
  edge [
    source 124
    target 177
  ]
  edge [
    source 124
    target 178
  ]
  edge [
    source 124
    target 179
  ]
  edge [
    source 124
    target 180
  ]
  edge [
    source 124
    target 181
  ]
  edge [
    source 124
    target 182
  ]
  edge [
    source 124
    target 183
  ]
  edge [
    source 124
    target 184
  ]
  edge [
    source 124
    target 185
  ]
  edge [
    source 124
    target 186
  ]
  edge [
    source 124
    target 187
  ]
  edge [
    source 125
    target 126
  ]
  edge [
    source 125
    target 127
  ]
  edge [
    source 125
    target 128
  ]
  edge [
    source 125
    target 129
  ]
  edge [
    source 125
    target 130
  ]
  edge [
    source 125
    target 131
  ]
  edge [
    source 125
    target 138
  ]
  edge [
    source 125
    target 139
  ]
  edge [
    source 125
    target 140
  ]
  edge [
    source 125
    target 141
  ]
  edge [
    source 125
    target 142
  ]
  edge [
    source 125
    target 143
  ]
  edge [
    source 125
    target 144
  ]
  edge [
    source 125
    target 145
  ]
  edge [
    source 125
    target 146
  ]
  edge [
    source 125
    target 147
  ]
  edge [
    source 125
    target 148
  ]
  edge [
    source 125
    target 149
  ]
  edge [
    source 125
    target 150
  ]
  edge [
    source 125
    target 157
  ]
  edge [
    source 125
    target 158
  ]
  edge [
    source 125
    target 159
  ]
  edge [
    source 125
    target 160
  ]
  edge [
    source 125
    target 161
  ]
  edge [
    source 125
    target 162
  ]
  edge [
    source 125
    target 163
  ]
  edge [
    source 125
    target 164
  ]
  edge [
    source 125
    target 165
  ]
  edge [
    source 125
    target 166
  ]
  edge [
    source 125
    target 167
  ]
  edge [
    source 125
    target 168
  ]
  edge [
    source 125
    target 169
  ]
  edge [
    source 125
    target 176
  ]
  edge [
    source 125
    target 177
  ]
  edge [
    source 125
    target 178
  ]
  edge [
    source 125
    target 179
  ]
  edge [
    source 125
    target 180
  ]
  edge [
    source 125
    target 181
  ]
  edge [
    source 125
    target 182
  ]
  edge [
    source 125
    target 183
  ]
  edge [
    source 125
    target 184
  ]
  edge [
    source 125
    target 185
  ]
  edge [
    source 125
    target 186
  ]
  edge [
    source 125
    target 187
  ]
  edge [
    source 125
    target 188
  ]
  edge [
    source 126
    target 127
  ]
  edge [
    source 126
    target 128
  ]
  edge [
    source 126
    target 129
  ]
  edge [
    source 126
    target 130
  ]
  edge [
    source 126
    target 131
  ]
  edge [
    source 126
    target 132
  ]
  edge [
    source 126
    target 139
  ]
  edge [
    source 126
    target 140
  ]
  edge [
    source 126
    target 141
  ]
  edge [
    source 126
    target 142
  ]
  edge [
    source 126
    target 143
  ]
  edge [
    source 126
    target 144
  ]
  edge [
    source 126
    target 145
  ]
  edge [
    source 126
    target 146
  ]
  edge [
    source 126
    target 147
  ]
  edge [
    source 126
    target 148
  ]
  edge [
    source 126
    target 149
  ]
  edge [
    source 126
    target 150
  ]
  edge [
    source 126
    target 151
  ]
  edge [
    source 126
    target 158
  ]
  edge [
    source 126
    target 159
  ]
  edge [
    source 126
    target 160
  ]
  edge [
    source 126
    target 161
  ]
  edge [
    source 126
    target 162
  ]
  edge [
    source 126
    target 163
  ]
  edge [
    source 126
    target 164
  ]
  edge [
    source 126
    target 165
  ]
  edge [
    source 126
    target 166
  ]
  edge [
    source 126
    target 167
  ]
  edge [
    source 126
    target 168
  ]
  edge [
    source 126
    target 169
  ]
  edge [
    source 126
    target 170
  ]
  edge [
    source 126
    target 177
  ]
  edge [
    source 126
    target 178
  ]
  edge [
    source 126
    target 179
  ]
  edge [
    source 126
    target 180
  ]
  edge [
    source 126
    target 181
  ]
  edge [
    source 126
    target 182
  ]
  edge [
    source 126
    target 183
  ]
  edge [
    source 126
    target 184
  ]
  edge [
    source 126
    target 185
  ]
  edge [
    source 126
    target 186
  ]
  edge [
    source 126
    target 187
  ]
  edge [
    source 126
    target 188
  ]
  edge [
    source 126
    target 189
  ]
  edge [
    source 127
    target 128
  ]
  edge [
    source 127
    target 129
  ]
  edge [
    source 127
    target 130
  ]
  edge [
    source 127
    target 131
  ]
  edge [
    source 127
    target 132
  ]
  edge [
    source 127
    target 133
  ]
  edge [
    source 127
    target 140
  ]
  edge [
    source 127
    target 141
  ]
  edge [
    source 127
    target 142
  ]
  edge [
    source 127
    target 143
  ]
  edge [
    source 127
    target 144
  ]
  edge [
    source 127
    target 145
  ]
  edge [
    source 127
    target 146
  ]
  edge [
    source 127
    target 147
  ]
  edge [
    source 127
    target 148
  ]
  edge [
    source 127
    target 149
  ]
  edge [
    source 127
    target 150
  ]
  edge [
    source 127
    target 151
  ]
  edge [
    source 127
    target 152
  ]
  edge [
    source 127
    target 159
  ]
  edge [
    source 127
    target 160
  ]
  edge [
    source 127
    target 161
  ]
  edge [
    source 127
    target 162
  ]
  edge [
    source 127
    target 163
  ]
  edge [
    source 127
    target 164
  ]
  edge [
    source 127
    target 165
  ]
  edge [
    source 127
    target 166
  ]
  edge [
    source 127
    target 167
  ]
  edge [
    source 127
    target 168
  ]
  edge [
    source 127
    target 169
  ]
  edge [
    source 127
    target 170
  ]
  edge [
    source 127
    target 171
  ]
  edge [
    source 127
    target 178
  ]
  edge [
    source 127
    target 179
  ]
  edge [
    source 127
    target 180
  ]
  edge [
    source 127
    target 181
  ]
  edge [
    source 127
    target 182
  ]
  edge [
    source 127
    target 183
  ]
  edge [
    source 127
    target 184
  ]
  edge [
    source 127
    target 185
  ]
  edge [
    source 127
    target 186
  ]
  edge [
    source 127
    target 187
  ]
  edge [
    source 127
    target 188
  ]
  edge [
    source 127
    target 189
  ]
  edge [
    source 128
    target 129
  ]
  edge [
    source 128
    target 130
  ]
  edge [
    source 128
    target 131
  ]
  edge [
    source 128
    target 132
  ]
  edge [
    source 128
    target 133
  ]
  edge [
    source 128
    target 134
  ]
  edge [
    source 128
    target 141
  ]
  edge [
    source 128
    target 142
  ]
  edge [
    source 128
    target 143
  ]
  edge [
    source 128
    target 144
  ]
  edge [
    source 128
    target 145
  ]
  edge [
    source 128
    target 146
  ]
  edge [
    source 128
    target 147
  ]
  edge [
    source 128
    target 148
  ]
  edge [
    source 128
    target 149
  ]
  edge [
    source 128
    target 150
  ]
  edge [
    source 128
    target 151
  ]
  edge [
    source 128
    target 152
  ]
  edge [
    source 128
    target 153
  ]
  edge [
    source 128
    target 160
  ]
  edge [
    source 128
    target 161
  ]
  edge [
    source 128
    target 162
  ]
  edge [
    source 128
    target 163
  ]
  edge [
    source 128
    target 164
  ]
  edge [
    source 128
    target 165
  ]
  edge [
    source 128
    target 166
  ]
  edge [
    source 128
    target 167
  ]
  edge [
    source 128
    target 168
  ]
  edge [
    source 128
    target 169
  ]
  edge [
    source 128
    target 170
  ]
  edge [
    source 128
    target 171
  ]
  edge [
    source 128
    target 172
  ]
  edge [
    source 128
    target 179
  ]
  edge [
    source 128
    target 180
  ]
  edge [
    source 128
    target 181
  ]
  edge [
    source 128
    target 182
  ]
  edge [
    source 128
    target 183
  ]
  edge [
    source 128
    target 184
  ]
  edge [
    source 128
    target 185
  ]
  edge [
    source 128
    target 186
  ]
  edge [
    source 128
    target 187
  ]
  edge [
    source 128
    target 188
  ]
  edge [
    source 128
    target 189
  ]
  edge [
    source 129
    target 130
  ]
  edge [
    source 129
    target 131
  ]
  edge [
    source 129
    target 132
  ]
  edge [
    source 129
    target 133
  ]
  edge [
    source 129
    target 134
  ]
  edge [
    source 129
    target 135
  ]
  edge [
    source 129
    target 142
  ]
  edge [
    source 129
    target 143
  ]
  edge [
    source 129
    target 144
  ]
  edge [
    source 129
    target 145
  ]
  edge [
    source 129
    target 146
  ]
  edge [
    source 129
    target 147
  ]
  edge [
    source 129
    target 148
  ]
  edge [
    source 129
    target 149
  ]
  edge [
    source 129
    target 150
  ]
  edge [
    source 129
    target 151
  ]
  edge [
    source 129
    target 152
  ]
  edge [
    source 129
    target 153
  ]
  edge [
    source 129
    target 154
  ]
  edge [
    source 129
    target 161
  ]
  edge [
    source 129
    target 162
  ]
  edge [
    source 129
    target 163
  ]
  edge [
    source 129
    target 164
  ]
  edge [
    source 129
    target 165
  ]
  edge [
    source 129
    target 166
  ]
  edge [
    source 129
    target 167
  ]
  edge [
    source 129
    target 168
  ]
  edge [
    source 129
    target 169
  ]
  edge [
    source 129
    target 170
  ]
  edge [
    source 129
    target 171
  ]
  edge [
    source 129
    target 172
  ]
  edge [
    source 129
    target 173
  ]
  edge [
    source 129
    target 180
  ]
  edge [
    source 129
    target 181
  ]
  edge [
    source 129
    target 182
  ]
  edge [
    source 129
    target 183
  ]
  edge [
    source 129
    target 184
  ]
  edge [
    source 129
    target 185
  ]
  edge [
    source 129
    target 186
  ]
  edge [
    source 129
    target 187
  ]
  edge [
    source 129
    target 188
  ]
  edge [
    source 129
    target 189
  ]
  edge [
    source 130
    target 131
  ]
  edge [
    source 130
    target 132
  ]
  edge [
    source 130
    target 133
  ]
  edge [
    source 130
    target 134
  ]
  edge [
    source 130
    target 135
  ]
  edge [
    source 130
    target 136
  ]
  edge [
    source 130
    target 143
  ]
  edge [
    source 130
    target 144
  ]
  edge [
    source 130
    target 145
  ]
  edge [
    source 130
    target 146
  ]
  edge [
    source 130
    target 147
  ]
  edge [
    source 130
    target 148
  ]
  edge [
    source 130
    target 149
  ]
  edge [
    source 130
    target 150
  ]
  edge [
    source 130
    target 151
  ]
  edge [
    source 130
    target 152
  ]
  edge [
    source 130
    target 153
  ]
  edge [
    source 130
    target 154
  ]
  edge [
    source 130
    target 155
  ]
  edge [
    source 130
    target 162
  ]
  edge [
    source 130
    target 163
  ]
  edge [
    source 130
    target 164
  ]
  edge [
    source 130
    target 165
  ]
  edge [
    source 130
    target 166
  ]
  edge [
    source 130
    target 167
  ]
  edge [
    source 130
    target 168
  ]
  edge [
    source 130
    target 169
  ]
  edge [
    source 130
    target 170
  ]
  edge [
    source 130
    target 171
  ]
  edge [
    source 130
    target 172
  ]
  edge [
    source 130
    target 173
  ]
  edge [
    source 130
    target 174
  ]
  edge [
    source 130
    target 181
  ]
  edge [
    source 130
    target 182
  ]
  edge [
    source 130
    target 183
  ]
  edge [
    source 130
    target 184
  ]
  edge [
    source 130
    target 185
  ]
  edge [
    source 130
    target 186
  ]
  edge [
    source 130
    target 187
  ]
  edge [
    source 130
    target 188
  ]
  edge [
    source 130
    target 189
  ]
  edge [
    source 131
    target 132
  ]
  edge [
    source 131
    target 133
  ]
  edge [
    source 131
    target 134
  ]
  edge [
    source 131
    target 135
  ]
  edge [
    source 131
    target 136
  ]
  edge [
    source 131
    target 137
  ]
  edge [
    source 131
    target 144
  ]
  edge [
    source 131
    target 145
  ]
  edge [
    source 131
    target 146
  ]
  edge [
    source 131
    target 147
  ]
  edge [
    source 131
    target 148
  ]
  edge [
    source 131
    target 149
  ]
  edge [
    source 131
    target 150
  ]
  edge [
    source 131
    target 151
  ]
  edge [
    source 131
    target 152
  ]
  edge [
    source 131
    target 153
  ]
  edge [
    source 131
    target 154
  ]
  edge [
    source 131
    target 155
  ]
  edge [
    source 131
    target 156
  ]
  edge [
    source 131
    target 163
  ]
  edge [
    source 131
    target 164
  ]
  edge [
    source 131
    target 165
  ]
  edge [
    source 131
    target 166
  ]
  edge [
    source 131
    target 167
  ]
  edge [
    source 131
    target 168
  ]
  edge [
    source 131
    target 169
  ]
  edge [
    source 131
    target 170
  ]
  edge [
    source 131
    target 171
  ]
  edge [
    source 131
    target 172
  ]
  edge [
    source 131
    target 173
  ]
  edge [
    source 131
    target 174
  ]
  edge [
    source 131
    target 175
  ]
  edge [
    source 131
    target 182
  ]
  edge [
    source 131
    target 183
  ]
  edge [
    source 131
    target 184
  ]
  edge [
    source 131
    target 185
  ]
  edge [
    source 131
    target 186
  ]
  edge [
    source 131
    target 187
  ]
  edge [
    source 131
    target 188
  ]
  edge [
    source 131
    target 189
  ]
  edge [
    source 132
    target 133
  ]
  edge [
    source 132
    target 134
  ]
  edge [
    source 132
    target 135
  ]
  edge [
    source 132
    target 136
  ]
  edge [
    source 132
    target 137
  ]
  edge [
    source 132
    target 138
  ]
  edge [
    source 132
    target 145
  ]
  edge [
    source 132
    target 146
  ]
  edge [
    source 132
    target 147
  ]
  edge [
    source 132
    target 148
  ]
  edge [
    source 132
    target 149
  ]
  edge [
    source 132
    target 150
  ]
  edge [
    source 132
    target 151
  ]
  edge [
    source 132
    target 152
  ]
  edge [
    source 132
    target 153
  ]
  edge [
    source 132
    target 154
  ]
  edge [
    source 132
    target 155
  ]
  edge [
    source 132
    target 156
  ]
  edge [
    source 132
    target 157
  ]
  edge [
    source 132
    target 164
  ]
  edge [
    source 132
    target 165
  ]
  edge [
    source 132
    target 166
  ]
  edge [
    source 132
    target 167
  ]
  edge [
    source 132
    target 168
  ]
  edge [
    source 132
    target 169
  ]
  edge [
    source 132
    target 170
  ]
  edge [
    source 132
    target 171
  ]
  edge [
    source 132
    target 172
  ]
  edge [
    source 132
    target 173
  ]
  edge [
    source 132
    target 174
  ]
  edge [
    source 132
    target 175
  ]
  edge [
    source 132
    target 176
  ]
  edge [
    source 132
    target 183
  ]
  edge [
    source 132
    target 184
  ]
  edge [
    source 132
    target 185
  ]
  edge [
    source 132
    target 186
  ]
  edge [
    source 132
    target 187
  ]
  edge [
    source 132
    target 188
  ]
  edge [
    source 132
    target 189
  ]
  edge [
    source 133
    target 134
  ]
  edge [
    source 133
    target 135
  ]
  edge [
    source 133
    target 136
  ]
  edge [
    source 133
    target 137
  ]
  edge [
    source 133
    target 138
  ]
  edge [
    source 133
    target 139
  ]
  edge [
    source 133
    target 146
  ]
  edge [
    source 133
    target 147
  ]
  edge [
    source 133
    target 148
  ]
  edge [
    source 133
    target 149
  ]
  edge [
    source 133
    target 150
  ]
  edge [
    source 133
    target 151
  ]
  edge [
    source 133
    target 152
  ]
  edge [
    source 133
    target 153
  ]
  edge [
    source 133
    target 154
  ]
  edge [
    source 133
    target 155
  ]
  edge [
    source 133
    target 156
  ]
  edge [
    source 133
    target 157
  ]
  edge [
    source 133
    target 158
  ]
  edge [
    source 133
    target 165
  ]
  edge [
    source 133
    target 166
  ]
  edge [
    source 133
    target 167
  ]
  edge [
    source 133
    target 168
  ]
  edge [
    source 133
    target 169
  ]
  edge [
    source 133
    target 170
  ]
  edge [
    source 133
    target 171
  ]
  edge [
    source 133
    target 172
  ]
  edge [
    source 133
    target 173
  ]
  edge [
    source 133
    target 174
  ]
  edge [
    source 133
    target 175
  ]
  edge [
    source 133
    target 176
  ]
  edge [
    source 133
    target 177
  ]
  edge [
    source 133
    target 184
  ]
  edge [
    source 133
    target 185
  ]
  edge [
    source 133
    target 186
  ]
  edge [
    source 133
    target 187
  ]
  edge [
    source 133
    target 188
  ]
  edge [
    source 133
    target 189
  ]
  edge [
    source 134
    target 135
  ]
  edge [
    source 134
    target 136
  ]
  edge [
    source 134
    target 137
  ]
  edge [
    source 134
    target 138
  ]
  edge [
    source 134
    target 139
  ]
  edge [
    source 134
    target 140
  ]
  edge [
    source 134
    target 147
  ]
  edge [
    source 134
    target 148
  ]
  edge [
    source 134
    target 149
  ]
  edge [
    source 134
    target 150
  ]
  edge [
    source 134
    target 151
  ]
  edge [
    source 134
    target 152
  ]
  edge [
    source 134
    target 153
  ]
  edge [
    source 134
    target 154
  ]
  edge [
    source 134
    target 155
  ]
  edge [
    source 134
    target 156
  ]
  edge [
    source 134
    target 157
  ]
  edge [
    source 134
    target 158
  ]
  edge [
    source 134
    target 159
  ]
  edge [
    source 134
    target 166
  ]
  edge [
    source 134
    target 167
  ]
  edge [
    source 134
    target 168
  ]
  edge [
    source 134
    target 169
  ]
  edge [
    source 134
    target 170
  ]
  edge [
    source 134
    target 171
  ]
  edge [
    source 134
    target 172
  ]
  edge [
    source 134
    target 173
  ]
  edge [
    source 134
    target 174
  ]
  edge [
    source 134
    target 175
  ]
  edge [
    source 134
    target 176
  ]
  edge [
    source 134
    target 177
  ]
  edge [
    source 134
    target 178
  ]
  edge [
    source 134
    target 185
  ]
  edge [
    source 134
    target 186
  ]
  edge [
    source 134
    target 187
  ]
  edge [
    source 134
    target 188
  ]
  edge [
    source 134
    target 189
  ]
  edge [
    source 135
    target 136
  ]
  edge [
    source 135
    target 137
  ]
  edge [
    source 135
    target 138
  ]
  edge [
    source 135
    target 139
  ]
  edge [
    source 135
    target 140
  ]
  edge [
    source 135
    target 141
  ]
  edge [
    source 135
    target 148
  ]
  edge [
    source 135
    target 149
  ]
  edge [
    source 135
    target 150
  ]
  edge [
    source 135
    target 151
  ]
  edge [
    source 135
    target 152
  ]
  edge [
    source 135
    target 153
  ]
  edge [
    source 135
    target 154
  ]
  edge [
    source 135
    target 155
  ]
  edge [
    source 135
    target 156
  ]
  edge [
    source 135
    target 157
  ]
  edge [
    source 135
    target 158
  ]
  edge [
    source 135
    target 159
  ]
  edge [
    source 135
    target 160
  ]
  edge [
    source 135
    target 167
  ]
  edge [
    source 135
    target 168
  ]
  edge [
    source 135
    target 169
  ]
  edge [
    source 135
    target 170
  ]
  edge [
    source 135
    target 171
  ]
  edge [
    source 135
    target 172
  ]
  edge [
    source 135
    target 173
  ]
  edge [
    source 135
    target 174
  ]
  edge [
    source 135
    target 175
  ]
  edge [
    source 135
    target 176
  ]
  edge [
    source 135
    target 177
  ]
  edge [
    source 135
    target 178
  ]
  edge [
    source 135
    target 179
  ]
  edge [
    source 135
    target 186
  ]
  edge [
    source 135
    target 187
  ]
  edge [
    source 135
    target 188
  ]
  edge [
    source 135
    target 189
  ]
  edge [
    source 136
    target 137
  ]
  edge [
    source 136
    target 138
  ]
  edge [
    source 136
    target 139
  ]
  edge [
    source 136
    target 140
  ]
  edge [
    source 136
    target 141
  ]
  edge [
    source 136
    target 142
  ]
  edge [
    source 136
    target 149
  ]
  edge [
    source 136
    target 150
  ]
  edge [
    source 136
    target 151
  ]
  edge [
    source 136
    target 152
  ]
  edge [
    source 136
    target 153
  ]
  edge [
    source 136
    target 154
  ]
  edge [
    source 136
    target 155
  ]
  edge [
    source 136
    target 156
  ]
  edge [
    source 136
    target 157
  ]
  edge [
    source 136
    target 158
  ]
  edge [
    source 136
    target 159
  ]
  edge [
    source 136
    target 160
  ]
  edge [
    source 136
    target 161
  ]
  edge [
    source 136
    target 168
  ]
  edge [
    source 136
    target 169
  ]
  edge [
    source 136
    target 170
  ]
  edge [
    source 136
    target 171
  ]
  edge [
    source 136
    target 172
  ]
  edge [
    source 136
    target 173
  ]
  edge [
    source 136
    target 174
  ]
  edge [
    source 136
    target 175
  ]
  edge [
    source 136
    target 176
  ]
  edge [
    source 136
    target 177
  ]
  edge [
    source 136
    target 178
  ]
  edge [
    source 136
    target 179
  ]
  edge [
    source 136
    target 180
  ]
  edge [
    source 136
    target 187
  ]
  edge [
    source 136
    target 188
  ]
  edge [
    source 136
    target 189
  ]
  edge [
    source 137
    target 138
  ]
  edge [
    source 137
    target 139
  ]
  edge [
    source 137
    target 140
  ]
  edge [
    source 137
    target 141
  ]
  edge [
    source 137
    target 142
  ]
  edge [
    source 137
    target 143
  ]
  edge [
    source 137
    target 150
  ]
  edge [
    source 137
    target 151
  ]
  edge [
    source 137
    target 152
  ]
  edge [
    source 137
    target 153
  ]
  edge [
    source 137
    target 154
  ]
  edge [
    source 137
    target 155
  ]
  edge [
    source 137
    target 156
  ]
  edge [
    source 137
    target 157
  ]
  edge [
    source 137
    target 158
  ]
  edge [
    source 137
    target 159
  ]
  edge [
    source 137
    target 160
  ]
  edge [
    source 137
    target 161
  ]
  edge [
    source 137
    target 162
  ]
  edge [
    source 137
    target 169
  ]
  edge [
    source 137
    target 170
  ]
  edge [
    source 137
    target 171
  ]
  edge [
    source 137
    target 172
  ]
  edge [
    source 137
    target 173
  ]
  edge [
    source 137
    target 174
  ]
  edge [
    source 137
    target 175
  ]
  edge [
    source 137
    target 176
  ]
  edge [
    source 137
    target 177
  ]
  edge [
    source 137
    target 178
  ]
  edge [
    source 137
    target 179
  ]
  edge [
    source 137
    target 180
  ]
  edge [
    source 137
    target 181
  ]
  edge [
    source 137
    target 188
  ]
  edge [
    source 137
    target 189
  ]
  edge [
    source 138
    target 139
  ]
  edge [
    source 138
    target 140
  ]
  edge [
    source 138
    target 141
  ]
  edge [
    source 138
    target 142
  ]
  edge [
    source 138
    target 143
  ]
  edge [
    source 138
    target 144
  ]
  edge [
    source 138
    target 151
  ]
  edge [
    source 138
    target 152
  ]
  edge [
    source 138
    target 153
  ]
  edge [
    source 138
    target 154
  ]
  edge [
    source 138
    target 155
  ]
  edge [
    source 138
    target 156
  ]
  edge [
    source 138
    target 157
  ]
  edge [
    source 138
    target 158
  ]
  edge [
    source 138
    target 159
  ]
  edge [
    source 138
    target 160
  ]
  edge [
    source 138
    target 161
  ]
  edge [
    source 138
    target 162
  ]
  edge [
    source 138
    target 163
  ]
  edge [
    source 138
    target 170
  ]
  edge [
    source 138
    target 171
  ]
  edge [
    source 138
    target 172
  ]
  edge [
    source 138
    target 173
  ]
  edge [
    source 138
    target 174
  ]
  edge [
    source 138
    target 175
  ]
  edge [
    source 138
    target 176
  ]
  edge [
    source 138
    target 177
  ]
  edge [
    source 138
    target 178
  ]
  edge [
    source 138
    target 179
  ]
  edge [
    source 138
    target 180
  ]
  edge [
    source 138
    target 181
  ]
  edge [
    source 138
    target 182
  ]
  edge [
    source 138
    target 189
  ]
  edge [
    source 139
    target 140
  ]
  edge [
    source 139
    target 141
  ]
  edge [
    source 139
    target 142
  ]
  edge [
    source 139
    target 143
  ]
  edge [
    source 139
    target 144
  ]
  edge [
    source 139
    target 145
  ]
  edge [
    source 139
    target 152
  ]
  edge [
    source 139
    target 153
  ]
  edge [
    source 139
    target 154
  ]
  edge [
    source 139
    target 155
  ]
  edge [
    source 139
    target 156
  ]
  edge [
    source 139
    target 157
  ]
  edge [
    source 139
    target 158
  ]
  edge [
    source 139
    target 159
  ]
  edge [
    source 139
    target 160
  ]
  edge [
    source 139
    target 161
  ]
  edge [
    source 139
    target 162
  ]
  edge [
    source 139
    target 163
  ]
  edge [
    source 139
    target 164
  ]
  edge [
    source 139
    target 171
  ]
  edge [
    source 139
    target 172
  ]
  edge [
    source 139
    target 173
  ]
  edge [
    source 139
    target 174
  ]
  edge [
    source 139
    target 175
  ]
  edge [
    source 139
    target 176
  ]
  edge [
    source 139
    target 177
  ]
  edge [
    source 139
    target 178
  ]
  edge [
    source 139
    target 179
  ]
  edge [
    source 139
    target 180
  ]
  edge [
    source 139
    target 181
  ]
  edge [
    source 139
    target 182
  ]
  edge [
    source 139
    target 183
  ]
  edge [
    source 140
    target 141
  ]
  edge [
    source 140
    target 142
  ]
  edge [
    source 140
    target 143
  ]
  edge [
    source 140
    target 144
  ]
  edge [
    source 140
    target 145
  ]
  edge [
    source 140
    target 146
  ]
  edge [
    source 140
    target 153
  ]
  edge [
    source 140
    target 154
  ]
  edge [
    source 140
    target 155
  ]
  edge [
    source 140
    target 156
  ]
  edge [
    source 140
    target 157
  ]
  edge [
    source 140
    target 158
  ]
  edge [
    source 140
    target 159
  ]
  edge [
    source 140
    target 160
  ]
  edge [
    source 140
    target 161
  ]
  edge [
    source 140
    target 162
  ]
  edge [
    source 140
    target 163
  ]
  edge [
    source 140
    target 164
  ]
  edge [
    source 140
    target 165
  ]
  edge [
    source 140
    target 172
  ]
  edge [
    source 140
    target 173
  ]
  edge [
    source 140
    target 174
  ]
  edge [
    source 140
    target 175
  ]
  edge [
    source 140
    target 176
  ]
  edge [
    source 140
    target 177
  ]
  edge [
    source 140
    target 178
  ]
  edge [
    source 140
    target 179
  ]
  edge [
    source 140
    target 180
  ]
  edge [
    source 140
    target 181
  ]
  edge [
    source 140
    target 182
  ]
  edge [
    source 140
    target 183
  ]
  edge [
    source 140
    target 184
  ]
  edge [
    source 141
    target 142
  ]
  edge [
    source 141
    target 143
  ]
  edge [
    source 141
    target 144
  ]
  edge [
    source 141
    target 145
  ]
  edge [
    source 141
    target 146
  ]
  edge [
    source 141
    target 147
  ]
  edge [
    source 141
    target 154
  ]
  edge [
    source 141
    target 155
  ]
  edge [
    source 141
    target 156
  ]
  edge [
    source 141
    target 157
  ]
  edge [
    source 141
    target 158
  ]
  edge [
    source 141
    target 159
  ]
  edge [
    source 141
    target 160
  ]
  edge [
    source 141
    target 161
  ]
  edge [
    source 141
    target 162
  ]
  edge [
    source 141
    target 163
  ]
  edge [
    source 141
    target 164
  ]
  edge [
    source 141
    target 165
  ]
  edge [
    source 141
    target 166
  ]
  edge [
    source 141
    target 173
  ]
  edge [
    source 141
    target 174
  ]
  edge [
    source 141
    target 175
  ]
  edge [
    source 141
    target 176
  ]
  edge [
    source 141
    target 177
  ]
  edge [
    source 141
    target 178
  ]
  edge [
    source 141
    target 179
  ]
  edge [
    source 141
    target 180
  ]
  edge [
    source 141
    target 181
  ]
  edge [
    source 141
    target 182
  ]
  edge [
    source 141
    target 183
  ]
  edge [
    source 141
    target 184
  ]
  edge [
    source 141
    target 185
  ]
  edge [
    source 142
    target 143
  ]
  edge [
    source 142
    target 144
  ]
  edge [
    source 142
    target 145
  ]
  edge [
    source 142
    target 146
  ]
  edge [
    source 142
    target 147
  ]
  edge [
    source 142
    target 148
  ]
  edge [
    source 142
    target 155
  ]
  edge [
    source 142
    target 156
  ]
  edge [
    source 142
    target 157
  ]
  edge [
    source 142
    target 158
  ]
  edge [
    source 142
    target 159
  ]
  edge [
    source 142
    target 160
  ]
  edge [
    source 142
    target 161
  ]
  edge [
    source 142
    target 162
  ]
  edge [
    source 142
    target 163
  ]
  edge [
    source 142
    target 164
  ]
  edge [
    source 142
    target 165
  ]
  edge [
    source 142
    target 166
  ]
  edge [
    source 142
    target 167
  ]
  edge [
    source 142
    target 174
  ]
  edge [
    source 142
    target 175
  ]
  edge [
    source 142
    target 176
  ]
  edge [
    source 142
    target 177
  ]
  edge [
    source 142
    target 178
  ]
  edge [
    source 142
    target 179
  ]
  edge [
    source 142
    target 180
  ]
  edge [
    source 142
    target 181
  ]
  edge [
    source 142
    target 182
  ]
  edge [
    source 142
    target 183
  ]
  edge [
    source 142
    target 184
  ]
  edge [
    source 142
    target 185
  ]
  edge [
    source 142
    target 186
  ]
  edge [
    source 143
    target 144
  ]
  edge [
    source 143
    target 145
  ]
  edge [
    source 143
    target 146
  ]
  edge [
    source 143
    target 147
  ]
  edge [
    source 143
    target 148
  ]
  edge [
    source 143
    target 149
  ]
  edge [
    source 143
    target 156
  ]
  edge [
    source 143
    target 157
  ]
  edge [
    source 143
    target 158
  ]
  edge [
    source 143
    target 159
  ]
  edge [
    source 143
    target 160
  ]
  edge [
    source 143
    target 161
  ]
  edge [
    source 143
    target 162
  ]
  edge [
    source 143
    target 163
  ]
  edge [
    source 143
    target 164
  ]
  edge [
    source 143
    target 165
  ]
  edge [
    source 143
    target 166
  ]
  edge [
    source 143
    target 167
  ]
  edge [
    source 143
    target 168
  ]
  edge [
    source 143
    target 175
  ]
  edge [
    source 143
    target 176
  ]
  edge [
    source 143
    target 177
  ]
  edge [
    source 143
    target 178
  ]
  edge [
    source 143
    target 179
  ]
  edge [
    source 143
    target 180
  ]
  edge [
    source 143
    target 181
  ]
  edge [
    source 143
    target 182
  ]
  edge [
    source 143
    target 183
  ]
  edge [
    source 143
    target 184
  ]
  edge [
    source 143
    target 185
  ]
  edge [
    source 143
    target 186
  ]
  edge [
    source 143
    target 187
  ]
  edge [
    source 144
    target 145
  ]
  edge [
    source 144
    target 146
  ]
  edge [
    source 144
    target 147
  ]
  edge [
    source 144
    target 148
  ]
  edge [
    source 144
    target 149
  ]
  edge [
    source 144
    target 150
  ]
  edge [
    source 144
    target 157
  ]
  edge [
    source 144
    target 158
  ]
  edge [
    source 144
    target 159
  ]
  edge [
    source 144
    target 160
  ]
  edge [
    source 144
    target 161
  ]
  edge [
    source 144
    target 162
  ]
  edge [
    source 144
    target 163
  ]
  edge [
    source 144
    target 164
  ]
  edge [
    source 144
    target 165
  ]
  edge [
    source 144
    target 166
  ]
  edge [
    source 144
    target 167
  ]
  edge [
    source 144
    target 168
  ]
  edge [
    source 144
    target 169
  ]
  edge [
    source 144
    target 176
  ]
  edge [
    source 144
    target 177
  ]
  edge [
    source 144
    target 178
  ]
  edge [
    source 144
    target 179
  ]
  edge [
    source 144
    target 180
  ]
  edge [
    source 144
    target 181
  ]
  edge [
    source 144
    target 182
  ]
  edge [
    source 144
    target 183
  ]
  edge [
    source 144
    target 184
  ]
  edge [
    source 144
    target 185
  ]
  edge [
    source 144
    target 186
  ]
  edge [
    source 144
    target 187
  ]
  edge [
    source 144
    target 188
  ]
  edge [
    source 145
    target 146
  ]
  edge [
    source 145
    target 147
  ]
  edge [
    source 145
    target 148
  ]
  edge [
    source 145
    target 149
  ]
  edge [
    source 145
    target 150
  ]
  edge [
    source 145
    target 151
  ]
  edge [
    source 145
    target 158
  ]
  edge [
    source 145
    target 159
  ]
  edge [
    source 145
    target 160
  ]
  edge [
    source 145
    target 161
  ]
  edge [
    source 145
    target 162
  ]
  edge [
    source 145
    target 163
  ]
  edge [
    source 145
    target 164
  ]
  edge [
    source 145
    target 165
  ]
  edge [
    source 145
    target 166
  ]
  edge [
    source 145
    target 167
  ]
  edge [
    source 145
    target 168
  ]
  edge [
    source 145
    target 169
  ]
  edge [
    source 145
    target 170
  ]
  edge [
    source 145
    target 177
  ]
  edge [
    source 145
    target 178
  ]
  edge [
    source 145
    target 179
  ]
  edge [
    source 145
    target 180
  ]
  edge [
    source 145
    target 181
  ]
  edge [
    source 145
    target 182
  ]
  edge [
    source 145
    target 183
  ]
  edge [
    source 145
    target 184
  ]
  edge [
    source 145
    target 185
  ]
  edge [
    source 145
    target 186
  ]
  edge [
    source 145
    target 187
  ]
  edge [
    source 145
    target 188
  ]
  edge [
    source 145
    target 189
  ]
  edge [
    source 146
    target 147
  ]
  edge [
    source 146
    target 148
  ]
  edge [
    source 146
    target 149
  ]
  edge [
    source 146
    target 150
  ]
  edge [
    source 146
    target 151
  ]
  edge [
    source 146
    target 152
  ]
  edge [
    source 146
    target 159
  ]
  edge [
    source 146
    target 160
  ]
  edge [
    source 146
    target 161
  ]
  edge [
    source 146
    target 162
  ]
  edge [
    source 146
    target 163
  ]
  edge [
    source 146
    target 164
  ]
  edge [
    source 146
    target 165
  ]
  edge [
    source 146
    target 166
  ]
  edge [
    source 146
    target 167
  ]
  edge [
    source 146
    target 168
  ]
  edge [
    source 146
    target 169
  ]
  edge [
    source 146
    target 170
  ]
  edge [
    source 146
    target 171
  ]
  edge [
    source 146
    target 178
  ]
  edge [
    source 146
    target 179
  ]
  edge [
    source 146
    target 180
  ]
  edge [
    source 146
    target 181
  ]
  edge [
    source 146
    target 182
  ]
  edge [
    source 146
    target 183
  ]
  edge [
    source 146
    target 184
  ]
  edge [
    source 146
    target 185
  ]
  edge [
    source 146
    target 186
  ]
  edge [
    source 146
    target 187
  ]
  edge [
    source 146
    target 188
  ]
  edge [
    source 146
    target 189
  ]
  edge [
    source 147
    target 148
  ]
  edge [
    source 147
    target 149
  ]
  edge [
    source 147
    target 150
  ]
  edge [
    source 147
    target 151
  ]
  edge [
    source 147
    target 152
  ]
  edge [
    source 147
    target 153
  ]
  edge [
    source 147
    target 160
  ]
  edge [
    source 147
    target 161
  ]
  edge [
    source 147
    target 162
  ]
  edge [
    source 147
    target 163
  ]
  edge [
    source 147
    target 164
  ]
  edge [
    source 147
    target 165
  ]
  edge [
    source 147
    target 166
  ]
  edge [
    source 147
    target 167
  ]
  edge [
    source 147
    target 168
  ]
  edge [
    source 147
    target 169
  ]
  edge [
    source 147
    target 170
  ]
  edge [
    source 147
    target 171
  ]
  edge [
    source 147
    target 172
  ]
  edge [
    source 147
    target 179
  ]
  edge [
    source 147
    target 180
  ]
  edge [
    source 147
    target 181
  ]
  edge [
    source 147
    target 182
  ]
  edge [
    source 147
    target 183
  ]
  edge [
    source 147
    target 184
  ]
  edge [
    source 147
    target 185
  ]
  edge [
    source 147
    target 186
  ]
  edge [
    source 147
    target 187
  ]
  edge [
    source 147
    target 188
  ]
  edge [
    source 147
    target 189
  ]
  edge [
    source 148
    target 149
  ]
  edge [
    source 148
    target 150
  ]
  edge [
    source 148
    target 151
  ]
  edge [
    source 148
    target 152
  ]
  edge [
    source 148
    target 153
  ]
  edge [
    source 148
    target 154
  ]
  edge [
    source 148
    target 161
  ]
  edge [
    source 148
    target 162
  ]
  edge [
    source 148
    target 163
  ]
  edge [
    source 148
    target 164
  ]
  edge [
    source 148
    target 165
  ]
  edge [
    source 148
    target 166
  ]
  edge [
    source 148
    target 167
  ]
  edge [
    source 148
    target 168
  ]
  edge [
    source 148
    target 169
  ]
  edge [
    source 148
    target 170
  ]
  edge [
    source 148
    target 171
  ]
  edge [
    source 148
    target 172
  ]
  edge [
    source 148
    target 173
  ]
  edge [
    source 148
    target 180
  ]
  edge [
    source 148
    target 181
  ]
  edge [
    source 148
    target 182
  ]
  edge [
    source 148
    target 183
  ]
  edge [
    source 148
    target 184
  ]
  edge [
    source 148
    target 185
  ]
  edge [
    source 148
    target 186
  ]
  edge [
    source 148
    target 187
  ]
  edge [
    source 148
    target 188
  ]
  edge [
    source 148
    target 189
  ]
  edge [
    source 149
    target 150
  ]
  edge [
    source 149
    target 151
  ]
  edge [
    source 149
    target 152
  ]
  edge [
    source 149
    target 153
  ]
  edge [
    source 149
    target 154
  ]
  edge [
    source 149
    target 155
  ]
  edge [
    source 149
    target 162
  ]
  edge [
    source 149
    target 163
  ]
  edge [
    source 149
    target 164
  ]
  edge [
    source 149
    target 165
  ]
  edge [
    source 149
    target 166
  ]
  edge [
    source 149
    target 167
  ]
  edge [
    source 149
    target 168
  ]
  edge [
    source 149
    target 169
  ]
  edge [
    source 149
    target 170
  ]
  edge [
    source 149
    target 171
  ]
  edge [
    source 149
    target 172
  ]
  edge [
    source 149
    target 173
  ]
  edge [
    source 149
    target 174
  ]
  edge [
    source 149
    target 181
  ]
  edge [
    source 149
    target 182
  ]
  edge [
    source 149
    target 183
  ]
  edge [
    source 149
    target 184
  ]
  edge [
    source 149
    target 185
  ]
  edge [
    source 149
    target 186
  ]
  edge [
    source 149
    target 187
  ]
  edge [
    source 149
    target 188
  ]
  edge [
    source 149
    target 189
  ]
  edge [
    source 150
    target 151
  ]
  edge [
    source 150
    target 152
  ]
  edge [
    source 150
    target 153
  ]
  edge [
    source 150
    target 154
  ]
  edge [
    source 150
    target 155
  ]
  edge [
    source 150
    target 156
  ]
  edge [
    source 150
    target 163
  ]
  edge [
    source 150
    target 164
  ]
  edge [
    source 150
    target 165
  ]
  edge [
    source 150
    target 166
  ]
  edge [
    source 150
    target 167
  ]
  edge [
    source 150
    target 168
  ]
  edge [
    source 150
    target 169
  ]
  edge [
    source 150
    target 170
  ]
  edge [
    source 150
    target 171
  ]
  edge [
    source 150
    target 172
  ]
  edge [
    source 150
    target 173
  ]
  edge [
    source 150
    target 174
  ]
  edge [
    source 150
    target 175
  ]
  edge [
    source 150
    target 182
  ]
  edge [
    source 150
    target 183
  ]
  edge [
    source 150
    target 184
  ]
  edge [
    source 150
    target 185
  ]
  edge [
    source 150
    target 186
  ]
  edge [
    source 150
    target 187
  ]
  edge [
    source 150
    target 188
  ]
  edge [
    source 150
    target 189
  ]
  edge [
    source 151
    target 152
  ]
  edge [
    source 151
    target 153
  ]
  edge [
    source 151
    target 154
  ]
  edge [
    source 151
    target 155
  ]
  edge [
    source 151
    target 156
  ]
  edge [
    source 151
    target 157
  ]
  edge [
    source 151
    target 164
  ]
  edge [
    source 151
    target 165
  ]
  edge [
    source 151
    target 166
  ]
  edge [
    source 151
    target 167
  ]
  edge [
    source 151
    target 168
  ]
  edge [
    source 151
    target 169
  ]
  edge [
    source 151
    target 170
  ]
  edge [
    source 151
    target 171
  ]
  edge [
    source 151
    target 172
  ]
  edge [
    source 151
    target 173
  ]
  edge [
    source 151
    target 174
  ]
  edge [
    source 151
    target 175
  ]
  edge [
    source 151
    target 176
  ]
  edge [
    source 151
    target 183
  ]
  edge [
    source 151
    target 184
  ]
  edge [
    source 151
    target 185
  ]
  edge [
    source 151
    target 186
  ]
  edge [
    source 151
    target 187
  ]
  edge [
    source 151
    target 188
  ]
  edge [
    source 151
    target 189
  ]
  edge [
    source 152
    target 153
  ]
  edge [
    source 152
    target 154
  ]
  edge [
    source 152
    target 155
  ]
  edge [
    source 152
    target 156
  ]
  edge [
    source 152
    target 157
  ]
  edge [
    source 152
    target 158
  ]
  edge [
    source 152
    target 165
  ]
  edge [
    source 152
    target 166
  ]
  edge [
    source 152
    target 167
  ]
  edge [
    source 152
    target 168
  ]
  edge [
    source 152
    target 169
  ]
  edge [
    source 152
    target 170
  ]
  edge [
    source 152
    target 171
  ]
  edge [
    source 152
    target 172
  ]
  edge [
    source 152
    target 173
  ]
  edge [
    source 152
    target 174
  ]
  edge [
    source 152
    target 175
  ]
  edge [
    source 152
    target 176
  ]
  edge [
    source 152
    target 177
  ]
  edge [
    source 152
    target 184
  ]
  edge [
    source 152
    target 185
  ]
  edge [
    source 152
    target 186
  ]
  edge [
    source 152
    target 187
  ]
  edge [
    source 152
    target 188
  ]
  edge [
    source 152
    target 189
  ]
  edge [
    source 153
    target 154
  ]
  edge [
    source 153
    target 155
  ]
  edge [
    source 153
    target 156
  ]
  edge [
    source 153
    target 157
  ]
  edge [
    source 153
    target 158
  ]
  edge [
    source 153
    target 159
  ]
  edge [
    source 153
    target 166
  ]
  edge [
    source 153
    target 167
  ]
  edge [
    source 153
    target 168
  ]
  edge [
    source 153
    target 169
  ]
  edge [
    source 153
    target 170
  ]
  edge [
    source 153
    target 171
  ]
  edge [
    source 153
    target 172
  ]
  edge [
    source 153
    target 173
  ]
  edge [
    source 153
    target 174
  ]
  edge [
    source 153
    target 175
  ]
  edge [
    source 153
    target 176
  ]
  edge [
    source 153
    target 177
  ]
  edge [
    source 153
    target 178
  ]
  edge [
    source 153
    target 185
  ]
  edge [
    source 153
    target 186
  ]
  edge [
    source 153
    target 187
  ]
  edge [
    source 153
    target 188
  ]
  edge [
    source 153
    target 189
  ]
  edge [
    source 154
    target 155
  ]
  edge [
    source 154
    target 156
  ]
  edge [
    source 154
    target 157
  ]
  edge [
    source 154
    target 158
  ]
  edge [
    source 154
    target 159
  ]
  edge [
    source 154
    target 160
  ]
  edge [
    source 154
    target 167
  ]
  edge [
    source 154
    target 168
  ]
  edge [
    source 154
    target 169
  ]
  edge [
    source 154
    target 170
  ]
  edge [
    source 154
    target 171
  ]
  edge [
    source 154
    target 172
  ]
  edge [
    source 154
    target 173
  ]
  edge [
    source 154
    target 174
  ]
  edge [
    source 154
    target 175
  ]
  edge [
    source 154
    target 176
  ]
  edge [
    source 154
    target 177
  ]
  edge [
    source 154
    target 178
  ]
  edge [
    source 154
    target 179
  ]
  edge [
    source 154
    target 186
  ]
  edge [
    source 154
    target 187
  ]
  edge [
    source 154
    target 188
  ]
  edge [
    source 154
    target 189
  ]
  edge [
    source 155
    target 156
  ]
  edge [
    source 155
    target 157
  ]
  edge [
    source 155
    target 158
  ]
  edge [
    source 155
    target 159
  ]
  edge [
    source 155
    target 160
  ]
  edge [
    source 155
    target 161
  ]
  edge [
    source 155
    target 168
  ]
  edge [
    source 155
    target 169
  ]
  edge [
    source 155
    target 170
  ]
  edge [
    source 155
    target 171
  ]
  edge [
    source 155
    target 172
  ]
  edge [
    source 155
    target 173
  ]
  edge [
    source 155
    target 174
  ]
  edge [
    source 155
    target 175
  ]
  edge [
    source 155
    target 176
  ]
  edge [
    source 155
    target 177
  ]
  edge [
    source 155
    target 178
  ]
  edge [
    source 155
    target 179
  ]
  edge [
    source 155
    target 180
  ]
  edge [
    source 155
    target 187
  ]
  edge [
    source 155
    target 188
  ]
  edge [
    source 155
    target 189
  ]
  edge [
    source 156
    target 157
  ]
  edge [
    source 156
    target 158
  ]
  edge [
    source 156
    target 159
  ]
  edge [
    source 156
    target 160
  ]
  edge [
    source 156
    target 161
  ]
  edge [
    source 156
    target 162
  ]
  edge [
    source 156
    target 169
  ]
  edge [
    source 156
    target 170
  ]
  edge [
    source 156
    target 171
  ]
  edge [
    source 156
    target 172
  ]
  edge [
    source 156
    target 173
  ]
  edge [
    source 156
    target 174
  ]
  edge [
    source 156
    target 175
  ]
  edge [
    source 156
    target 176
  ]
  edge [
    source 156
    target 177
  ]
  edge [
    source 156
    target 178
  ]
  edge [
    source 156
    target 179
  ]
  edge [
    source 156
    target 180
  ]
  edge [
    source 156
    target 181
  ]
  edge [
    source 156
    target 188
  ]
  edge [
    source 156
    target 189
  ]
  edge [
    source 157
    target 158
  ]
  edge [
    source 157
    target 159
  ]
  edge [
    source 157
    target 160
  ]
  edge [
    source 157
    target 161
  ]
  edge [
    source 157
    target 162
  ]
  edge [
    source 157
    target 163
  ]
  edge [
    source 157
    target 170
  ]
  edge [
    source 157
    target 171
  ]
  edge [
    source 157
    target 172
  ]
  edge [
    source 157
    target 173
  ]
  edge [
    source 157
    target 174
  ]
  edge [
    source 157
    target 175
  ]
  edge [
    source 157
    target 176
  ]
  edge [
    source 157
    target 177
  ]
  edge [
    source 157
    target 178
  ]
  edge [
    source 157
    target 179
  ]
  edge [
    source 157
    target 180
  ]
  edge [
    source 157
    target 181
  ]
  edge [
    source 157
    target 182
  ]
  edge [
    source 157
    target 189
  ]
  edge [
    source 158
    target 159
  ]
  edge [
    source 158
    target 160
  ]
  edge [
    source 158
    target 161
  ]
  edge [
    source 158
    target 162
  ]
  edge [
    source 158
    target 163
  ]
  edge [
    source 158
    target 164
  ]
  edge [
    source 158
    target 171
  ]
  edge [
    source 158
    target 172
  ]
  edge [
    source 158
    target 173
  ]
  edge [
    source 158
    target 174
  ]
  edge [
    source 158
    target 175
  ]
  edge [
    source 158
    target 176
  ]
  edge [
    source 158
    target 177
  ]
  edge [
    source 158
    target 178
  ]
  edge [
    source 158
    target 179
  ]
  edge [
    source 158
    target 180
  ]
  edge [
    source 158
    target 181
  ]
  edge [
    source 158
    target 182
  ]
  edge [
    source 158
    target 183
  ]
  edge [
    source 159
    target 160
  ]
  edge [
    source 159
    target 161
  ]
  edge [
    source 159
    target 162
  ]
  edge [
    source 159
    target 163
  ]
  edge [
    source 159
    target 164
  ]
  edge [
    source 159
    target 165
  ]
  edge [
    source 159
    target 172
  ]
  edge [
    source 159
    target 173
  ]
  edge [
    source 159
    target 174
  ]
  edge [
    source 159
    target 175
  ]
  edge [
    source 159
    target 176
  ]
  edge [
    source 159
    target 177
  ]
  edge [
    source 159
    target 178
  ]
  edge [
    source 159
    target 179
  ]
  edge [
    source 159
    target 180
  ]
  edge [
    source 159
    target 181
  ]
  edge [
    source 159
    target 182
  ]
  edge [
    source 159
    target 183
  ]
  edge [
    source 159
    target 184
  ]
  edge [
    source 160
    target 161
  ]
  edge [
    source 160
    target 162
  ]
  edge [
    source 160
    target 163
  ]
  edge [
    source 160
    target 164
  ]
  edge [
    source 160
    target 165
  ]
  edge [
    source 160
    target 166
  ]
  edge [
    source 160
    target 173
  ]
  edge [
    source 160
    target 174
  ]
  edge [
    source 160
    target 175
  ]
  edge [
    source 160
    target 176
  ]
  edge [
    source 160
    target 177
  ]
  edge [
    source 160
    target 178
  ]
  edge [
    source 160
    target 179
  ]
  edge [
    source 160
    target 180
  ]
  edge [
    source 160
    target 181
  ]
  edge [
    source 160
    target 182
  ]
  edge [
    source 160
    target 183
  ]
  edge [
    source 160
    target 184
  ]
  edge [
    source 160
    target 185
  ]
  edge [
    source 161
    target 162
  ]
  edge [
    source 161
    target 163
  ]
  edge [
    source 161
    target 164
  ]
  edge [
    source 161
    target 165
  ]
  edge [
    source 161
    target 166
  ]
  edge [
    source 161
    target 167
  ]
  edge [
    source 161
    target 174
  ]
  edge [
    source 161
    target 175
  ]
  edge [
    source 161
    target 176
  ]
  edge [
    source 161
    target 177
  ]
  edge [
    source 161
    target 178
  ]
  edge [
    source 161
    target 179
  ]
  edge [
    source 161
    target 180
  ]
  edge [
    source 161
    target 181
  ]
  edge [
    source 161
    target 182
  ]
  edge [
    source 161
    target 183
  ]
  edge [
    source 161
    target 184
  ]
  edge [
    source 161
    target 185
  ]
  edge [
    source 161
    target 186
  ]
  edge [
    source 162
    target 163
  ]
  edge [
    source 162
    target 164
  ]
  edge [
    source 162
    target 165
  ]
  edge [
    source 162
    target 166
  ]
  edge [
    source 162
    target 167
  ]
  edge [
    source 162
    target 168
  ]
  edge [
    source 162
    target 175
  ]
  edge [
    source 162
    target 176
  ]
  edge [
    source 162
    target 177
  ]
  edge [
    source 162
    target 178
  ]
  edge [
    source 162
    target 179
  ]
  edge [
    source 162
    target 180
  ]
  edge [
    source 162
    target 181
  ]
  edge [
    source 162
    target 182
  ]
  edge [
    source 162
    target 183
  ]
  edge [
    source 162
    target 184
  ]
  edge [
    source 162
    target 185
  ]
  edge [
    source 162
    target 186
  ]
  edge [
    source 162
    target 187
  ]
  edge [
    source 163
    target 164
  ]
  edge [
    source 163
    target 165
  ]
  edge [
    source 163
    target 166
  ]
  edge [
    source 163
    target 167
  ]
  edge [
    source 163
    target 168
  ]
  edge [
    source 163
    target 169
  ]
  edge [
    source 163
    target 176
  ]
  edge [
    source 163
    target 177
  ]
  edge [
    source 163
    target 178
  ]
  edge [
    source 163
    target 179
  ]
  edge [
    source 163
    target 180
  ]
  edge [
    source 163
    target 181
  ]
  edge [
    source 163
    target 182
  ]
  edge [
    source 163
    target 183
  ]
  edge [
    source 163
    target 184
  ]
  edge [
    source 163
    target 185
  ]
  edge [
    source 163
    target 186
  ]
  edge [
    source 163
    target 187
  ]
  edge [
    source 163
    target 188
  ]
  edge [
    source 164
    target 165
  ]
  edge [
    source 164
    target 166
  ]
  edge [
    source 164
    target 167
  ]
  edge [
    source 164
    target 168
  ]
  edge [
    source 164
    target 169
  ]
  edge [
    source 164
    target 170
  ]
  edge [
    source 164
    target 177
  ]
  edge [
    source 164
    target 178
  ]
  edge [
    source 164
    target 179
  ]
  edge [
    source 164
    target 180
  ]
  edge [
    source 164
    target 181
  ]
  edge [
    source 164
    target 182
  ]
  edge [
    source 164
    target 183
  ]
  edge [
    source 164
    target 184
  ]
  edge [
    source 164
    target 185
  ]
  edge [
    source 164
    target 186
  ]
  edge [
    source 164
    target 187
  ]
  edge [
    source 164
    target 188
  ]
  edge [
    source 164
    target 189
  ]
  edge [
    source 165
    target 166
  ]
  edge [
    source 165
    target 167
  ]
  edge [
    source 165
    target 168
  ]
  edge [
    source 165
    target 169
  ]
  edge [
    source 165
    target 170
  ]
  edge [
    source 165
    target 171
  ]
  edge [
    source 165
    target 178
  ]
  edge [
    source 165
    target 179
  ]
  edge [
    source 165
    target 180
  ]
  edge [
    source 165
    target 181
  ]
  edge [
    source 165
    target 182
  ]
  edge [
    source 165
    target 183
  ]
  edge [
    source 165
    target 184
  ]
  edge [
    source 165
    target 185
  ]
  edge [
    source 165
    target 186
  ]
  edge [
    source 165
    target 187
  ]
  edge [
    source 165
    target 188
  ]
  edge [
    source 165
    target 189
  ]
  edge [
    source 166
    target 167
  ]
  edge [
    source 166
    target 168
  ]
  edge [
    source 166
    target 169
  ]
  edge [
    source 166
    target 170
  ]
  edge [
    source 166
    target 171
  ]
  edge [
    source 166
    target 172
  ]
  edge [
    source 166
    target 179
  ]
  edge [
    source 166
    target 180
  ]
  edge [
    source 166
    target 181
  ]
  edge [
    source 166
    target 182
  ]
  edge [
    source 166
    target 183
  ]
  edge [
    source 166
    target 184
  ]
  edge [
    source 166
    target 185
  ]
  edge [
    source 166
    target 186
  ]
  edge [
    source 166
    target 187
  ]
  edge [
    source 166
    target 188
  ]
  edge [
    source 166
    target 189
  ]
  edge [
    source 167
    target 168
  ]
  edge [
    source 167
    target 169
  ]
  edge [
    source 167
    target 170
  ]
  edge [
    source 167
    target 171
  ]
  edge [
    source 167
    target 172
  ]
  edge [
    source 167
    target 173
  ]
  edge [
    source 167
    target 180
  ]
  edge [
    source 167
    target 181
  ]
  edge [
    source 167
    target 182
  ]
  edge [
    source 167
    target 183
  ]
  edge [
    source 167
    target 184
  ]
  edge [
    source 167
    target 185
  ]
  edge [
    source 167
    target 186
  ]
  edge [
    source 167
    target 187
  ]
  edge [
    source 167
    target 188
  ]
  edge [
    source 167
    target 189
  ]
  edge [
    source 168
    target 169
  ]
  edge [
    source 168
    target 170
  ]
  edge [
    source 168
    target 171
  ]
  edge [
    source 168
    target 172
  ]
  edge [
    source 168
    target 173
  ]
  edge [
    source 168
    target 174
  ]
  edge [
    source 168
    target 181
  ]
  edge [
    source 168
    target 182
  ]
  edge [
    source 168
    target 183
  ]
  edge [
    source 168
    target 184
  ]
  edge [
    source 168
    target 185
  ]
  edge [
    source 168
    target 186
  ]
  edge [
    source 168
    target 187
  ]
  edge [
    source 168
    target 188
  ]
  edge [
    source 168
    target 189
  ]
  edge [
    source 169
    target 170
  ]
  edge [
    source 169
    target 171
  ]
  edge [
    source 169
    target 172
  ]
  edge [
    source 169
    target 173
  ]
  edge [
    source 169
    target 174
  ]
  edge [
    source 169
    target 175
  ]
  edge [
    source 169
    target 182
  ]
  edge [
    source 169
    target 183
  ]
  edge [
    source 169
    target 184
  ]
  edge [
    source 169
    target 185
  ]
  edge [
    source 169
    target 186
  ]
  edge [
    source 169
    target 187
  ]
  edge [
    source 169
    target 188
  ]
  edge [
    source 169
    target 189
  ]
  edge [
    source 170
    target 171
  ]
  edge [
    source 170
    target 172
  ]
  edge [
    source 170
    target 173
  ]
  edge [
    source 170
    target 174
  ]
  edge [
    source 170
    target 175
  ]
  edge [
    source 170
    target 176
  ]
  edge [
    source 170
    target 183
  ]
  edge [
    source 170
    target 184
  ]
  edge [
    source 170
    target 185
  ]
  edge [
    source 170
    target 186
  ]
  edge [
    source 170
    target 187
  ]
  edge [
    source 170
    target 188
  ]
  edge [
    source 170
    target 189
  ]
  edge [
    source 171
    target 172
  ]
  edge [
    source 171
    target 173
  ]
  edge [
    source 171
    target 174
  ]
  edge [
    source 171
    target 175
  ]
  edge [
    source 171
    target 176
  ]
  edge [
    source 171
    target 177
  ]
  edge [
    source 171
    target 184
  ]
  edge [
    source 171
    target 185
  ]
  edge [
    source 171
    target 186
  ]
  edge [
    source 171
    target 187
  ]
  edge [
    source 171
    target 188
  ]
  edge [
    source 171
    target 189
  ]
  edge [
    source 172
    target 173
  ]
  edge [
    source 172
    target 174
  ]
  edge [
    source 172
    target 175
  ]
  edge [
    source 172
    target 176
  ]
  edge [
    source 172
    target 177
  ]
  edge [
    source 172
    target 178
  ]
  edge [
    source 172
    target 185
  ]
  edge [
    source 172
    target 186
  ]
  edge [
    source 172
    target 187
  ]
  edge [
    source 172
    target 188
  ]
  edge [
    source 172
    target 189
  ]
  edge [
    source 173
    target 174
  ]
  edge [
    source 173
    target 175
  ]
  edge [
    source 173
    target 176
  ]
  edge [
    source 173
    target 177
  ]
  edge [
    source 173
    target 178
  ]
  edge [
    source 173
    target 179
  ]
  edge [
    source 173
    target 186
  ]
  edge [
    source 173
    target 187
  ]
  edge [
    source 173
    target 188
  ]
  edge [
    source 173
    target 189
  ]
  edge [
    source 174
    target 175
  ]
  edge [
    source 174
    target 176
  ]
  edge [
    source 174
    target 177
  ]
  edge [
    source 174
    target 178
  ]
  edge [
    source 174
    target 179
  ]
  edge [
    source 174
    target 180
  ]
  edge [
    source 174
    target 187
  ]
  edge [
    source 174
    target 188
  ]
  edge [
    source 174
    target 189
  ]
  edge [
    source 175
    target 176
  ]
  edge [
    source 175
    target 177
  ]
  edge [
    source 175
    target 178
  ]
  edge [
    source 175
    target 179
  ]
  edge [
    source 175
    target 180
  ]
  edge [
    source 175
    target 181
  ]
  edge [
    source 175
    target 188
  ]
  edge [
    source 175
    target 189
  ]
  edge [
    source 176
    target 177
  ]
  edge [
    source 176
    target 178
  ]
  edge [
    source 176
    target 179
  ]
  edge [
    source 176
    target 180
  ]
  edge [
    source 176
    target 181
  ]
  edge [
    source 176
    target 182
  ]
  edge [
    source 176
    target 189
  ]
  edge [
    source 177
    target 178
  ]
  edge [
    source 177
    target 179
  ]
  edge [
    source 177
    target 180
  ]
  edge [
    source 177
    target 181
  ]
  edge [
    source 177
    target 182
  ]
  edge [
    source 177
    target 183
  ]
  edge [
    source 178
    target 179
  ]
  edge [
    source 178
    target 180
  ]
  edge [
    source 178
    target 181
  ]
  edge [
    source 178
    target 182
  ]
  edge [
    source 178
    target 183
  ]
  edge [
    source 178
    target 184
  ]
  edge [
    source 179
    target 180
  ]
  edge [
    source 179
    target 181
  ]
  edge [
    source 179
    target 182
  ]
  edge [
    source 179
    target 183
  ]
  edge [
    source 179
    target 184
  ]
  edge [
    source 179
    target 185
  ]
  edge [
    source 180
    target 181
  ]
  edge [
    source 180
    target 182
  ]
  edge [
    source 180
    target 183
  ]
  edge [
    source 180
    target 184
  ]
  edge [
    source 180
    target 185
  ]
  edge [
    source 180
    target 186
  ]
  edge [
    source 181
    target 182
  ]
  edge [
    source 181
    target 183
  ]
  edge [
    source 181
    target 184
  ]
  edge [
    source 181
    target 185
  ]
  edge [
    source 181
    target 186
  ]
  edge [
    source 181
    target 187
  ]
  edge [
    source 182
    target 183
  ]
  edge [
    source 182
    target 184
  ]
  edge [
    source 182
    target 185
  ]
  edge [
    source 182
    target 186
  ]
  edge [
    source 182
    target 187
  ]
  edge [
    source 182
    target 188
  ]
  edge [
    source 183
    target 184
  ]
  edge [
    source 183
    target 185
  ]
  edge [
    source 183
    target 186
  ]
  edge [
    source 183
    target 187
  ]
  edge [
    source 183
    target 188
  ]
  edge [
    source 183
    target 189
  ]
  edge [
    source 184
    target 185
  ]
  edge [
    source 184
    target 186
  ]
  edge [
    source 184
    target 187
  ]
  edge [
    source 184
    target 188
  ]
  edge [
    source 184
    target 189
  ]
  edge [
    source 185
    target 186
  ]
  edge [
    source 185
    target 187
  ]
  edge [
    source 185
    target 188
  ]
  edge [
    source 185
    target 189
  ]
  edge [
    source 186
    target 187
  ]
  edge [
    source 186
    target 188
  ]
  edge [
    source 186
    target 189
  ]
  edge [
    source 187
    target 188
  ]
  edge [
    source 187
    target 189
  ]
  edge [
    source 188
    target 189
  ]
]
