	switch (t->back) {
	default: Uerror("bad return move");
	case  0: goto R999; /* nothing to undo */

		 /* CLAIM reference_counts_3 */
;
		
	case 3: // STATE 1
		goto R999;

	case 4: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM reference_counts_2 */
;
		
	case 5: // STATE 1
		goto R999;

	case 6: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM reference_counts_1 */
;
		
	case 7: // STATE 1
		goto R999;

	case 8: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM unreferenced_layer_deleted_3 */
;
		
	case 9: // STATE 1
		goto R999;

	case 10: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM unreferenced_layer_deleted_2 */
;
		
	case 11: // STATE 1
		goto R999;

	case 12: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM unreferenced_layer_deleted_1 */
;
		
	case 13: // STATE 1
		goto R999;

	case 14: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM deleted_layer_unreferenced_3 */
;
		
	case 15: // STATE 1
		goto R999;

	case 16: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM deleted_layer_unreferenced_2 */
;
		
	case 17: // STATE 1
		goto R999;

	case 18: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM deleted_layer_unreferenced_1 */
;
		
	case 19: // STATE 1
		goto R999;

	case 20: // STATE 10
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM used_image_needs_force */
;
		;
		;
		
	case 22: // STATE 3
		goto R999;
;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		;
		
	case 32: // STATE 29
		goto R999;
;
		
	case 33: // STATE 35
		goto R999;
;
		;
		;
		
	case 35: // STATE 45
		goto R999;
;
		
	case 36: // STATE 51
		goto R999;
;
		;
		;
		
	case 38: // STATE 61
		goto R999;
;
		
	case 39: // STATE 67
		goto R999;
;
		;
		;
		
	case 41: // STATE 77
		goto R999;
;
		;
		;
		;
		;
		
	case 44: // STATE 87
		goto R999;
;
		;
		;
		
	case 46: // STATE 97
		goto R999;
;
		;
		;
		;
		;
		
	case 49: // STATE 107
		goto R999;
;
		;
		;
		
	case 51: // STATE 117
		goto R999;
;
		;
		;
		;
		;
		
	case 54: // STATE 127
		goto R999;

	case 55: // STATE 136
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* CLAIM removed_stays_removed */
;
		
	case 56: // STATE 1
		goto R999;
;
		;
		;
		;
		;
		;
		;
		
	case 60: // STATE 15
		goto R999;
;
		
	case 61: // STATE 23
		goto R999;
;
		
	case 62: // STATE 31
		goto R999;

	case 63: // STATE 40
		;
		p_restor(II);
		;
		;
		goto R999;

		 /* PROC engine */
	case 64: // STATE 57
		sv_restor();
		goto R999;
	case 65: // STATE 71
		sv_restor();
		goto R999;
	case 66: // STATE 124
		sv_restor();
		goto R999;
	case 67: // STATE 138
		sv_restor();
		goto R999;
	case 68: // STATE 191
		sv_restor();
		goto R999;
	case 69: // STATE 205
		sv_restor();
		goto R999;
	case 70: // STATE 258
		sv_restor();
		goto R999;
	case 71: // STATE 272
		sv_restor();
		goto R999;
	case 72: // STATE 325
		sv_restor();
		goto R999;
	case 73: // STATE 339
		sv_restor();
		goto R999;
	case 74: // STATE 392
		sv_restor();
		goto R999;
	case 75: // STATE 435
		sv_restor();
		goto R999;
	case 76: // STATE 460
		sv_restor();
		goto R999;
	case 77: // STATE 477
		sv_restor();
		goto R999;
	case 78: // STATE 494
		sv_restor();
		goto R999;
	case 79: // STATE 528
		sv_restor();
		goto R999;
	case 80: // STATE 578
		sv_restor();
		goto R999;
	case 81: // STATE 635
		sv_restor();
		goto R999;
	case 82: // STATE 700
		sv_restor();
		goto R999;
	case 83: // STATE 718
		sv_restor();
		goto R999;
	case 84: // STATE 793
		sv_restor();
		goto R999;
	case 85: // STATE 868
		sv_restor();
		goto R999;
	case 86: // STATE 911
		sv_restor();
		goto R999;
	case 87: // STATE 936
		sv_restor();
		goto R999;
	case 88: // STATE 953
		sv_restor();
		goto R999;
	case 89: // STATE 970
		sv_restor();
		goto R999;
	case 90: // STATE 1004
		sv_restor();
		goto R999;
	case 91: // STATE 1054
		sv_restor();
		goto R999;
	case 92: // STATE 1111
		sv_restor();
		goto R999;
	case 93: // STATE 1176
		sv_restor();
		goto R999;
	case 94: // STATE 1194
		sv_restor();
		goto R999;
	case 95: // STATE 1269
		sv_restor();
		goto R999;
	case 96: // STATE 1344
		sv_restor();
		goto R999;
	case 97: // STATE 1387
		sv_restor();
		goto R999;
	case 98: // STATE 1412
		sv_restor();
		goto R999;
	case 99: // STATE 1429
		sv_restor();
		goto R999;
	case 100: // STATE 1446
		sv_restor();
		goto R999;
	case 101: // STATE 1480
		sv_restor();
		goto R999;
	case 102: // STATE 1530
		sv_restor();
		goto R999;
	case 103: // STATE 1587
		sv_restor();
		goto R999;
	case 104: // STATE 1652
		sv_restor();
		goto R999;
	case 105: // STATE 1670
		sv_restor();
		goto R999;
	case 106: // STATE 1745
		sv_restor();
		goto R999;
	case 107: // STATE 1820
		sv_restor();
		goto R999;
	case 108: // STATE 1825
		sv_restor();
		goto R999;
	case 109: // STATE 1830
		sv_restor();
		goto R999;
	case 110: // STATE 2021
		sv_restor();
		goto R999;
	case 111: // STATE 2212
		sv_restor();
		goto R999;
	case 112: // STATE 2217
		sv_restor();
		goto R999;
	case 113: // STATE 2222
		sv_restor();
		goto R999;
	case 114: // STATE 2413
		sv_restor();
		goto R999;
	case 115: // STATE 2604
		sv_restor();
		goto R999;
	case 116: // STATE 2609
		sv_restor();
		goto R999;
	case 117: // STATE 2614
		sv_restor();
		goto R999;
	case 118: // STATE 2805
		sv_restor();
		goto R999;
	case 119: // STATE 2996
		sv_restor();
		goto R999;
	case 120: // STATE 3050
		sv_restor();
		goto R999;
	case 121: // STATE 3245
		sv_restor();
		goto R999;
	case 122: // STATE 3643
		sv_restor();
		goto R999;

	case 123: // STATE 3647
		;
		p_restor(II);
		;
		;
		goto R999;
	}

