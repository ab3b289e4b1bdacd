#define rand	pan_rand
#define pthread_equal(a,b)	((a)==(b))
#if defined(HAS_CODE) && defined(VERBOSE)
	#ifdef BFS_PAR
		bfs_printf("Pr: %d Tr: %d\n", II, t->forw);
	#else
		cpu_printf("Pr: %d Tr: %d\n", II, t->forw);
	#endif
#endif
	switch (t->forw) {
	default: Uerror("bad forward move");
	case 0:	/* if without executable clauses */
		continue;
	case 1: /* generic 'goto' or 'skip' */
		IfNotBlocked
		_m = 3; goto P999;
	case 2: /* generic 'else' */
		IfNotBlocked
		if (trpt->o_pm&1) continue;
		_m = 3; goto P999;

		 /* CLAIM reference_counts_3 */
	case 3: // STATE 1 - _spin_nvr.tmp:186 - [(!((((!(lex[6])||(lrefs[6]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))+(iex[0]&&(itop[0]==6)))+(iex[1]&&(itop[1]==6)))+(lex[0]&&(lpar[0]==6)))+(lex[1]&&(lpar[1]==6)))+(lex[2]&&(lpar[2]==6)))+(lex[3]&&(lpar[3]==6)))+(lex[4]&&(lpar[4]==6)))+(lex[5]&&(lpar[5]==6)))+(lex[7]&&(lpar[7]==6)))+(lex[8]&&(lpar[8]==6)))))&&(!(lex[7])||(lrefs[7]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))+(iex[0]&&(itop[0]==7)))+(iex[1]&&(itop[1]==7)))+(lex[0]&&(lpar[0]==7)))+(lex[1]&&(lpar[1]==7)))+(lex[2]&&(lpar[2]==7)))+(lex[3]&&(lpar[3]==7)))+(lex[4]&&(lpar[4]==7)))+(lex[5]&&(lpar[5]==7)))+(lex[6]&&(lpar[6]==7)))+(lex[8]&&(lpar[8]==7))))))&&(!(lex[8])||(lrefs[8]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))+(iex[0]&&(itop[0]==8)))+(iex[1]&&(itop[1]==8)))+(lex[0]&&(lpar[0]==8)))+(lex[1]&&(lpar[1]==8)))+(lex[2]&&(lpar[2]==8)))+(lex[3]&&(lpar[3]==8)))+(lex[4]&&(lpar[4]==8)))+(lex[5]&&(lpar[5]==8)))+(lex[6]&&(lpar[6]==8)))+(lex[7]&&(lpar[7]==8))))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[11][1] = 1;
		if (!( !(((( !(((int)now.lex[6]))||(((int)now.lrefs[6])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==6))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==6)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==6)))+(((int)now.iex[0])&&(((int)now.itop[0])==6)))+(((int)now.iex[1])&&(((int)now.itop[1])==6)))+(((int)now.lex[0])&&(((int)now.lpar[0])==6)))+(((int)now.lex[1])&&(((int)now.lpar[1])==6)))+(((int)now.lex[2])&&(((int)now.lpar[2])==6)))+(((int)now.lex[3])&&(((int)now.lpar[3])==6)))+(((int)now.lex[4])&&(((int)now.lpar[4])==6)))+(((int)now.lex[5])&&(((int)now.lpar[5])==6)))+(((int)now.lex[7])&&(((int)now.lpar[7])==6)))+(((int)now.lex[8])&&(((int)now.lpar[8])==6)))))&&( !(((int)now.lex[7]))||(((int)now.lrefs[7])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==7))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==7)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==7)))+(((int)now.iex[0])&&(((int)now.itop[0])==7)))+(((int)now.iex[1])&&(((int)now.itop[1])==7)))+(((int)now.lex[0])&&(((int)now.lpar[0])==7)))+(((int)now.lex[1])&&(((int)now.lpar[1])==7)))+(((int)now.lex[2])&&(((int)now.lpar[2])==7)))+(((int)now.lex[3])&&(((int)now.lpar[3])==7)))+(((int)now.lex[4])&&(((int)now.lpar[4])==7)))+(((int)now.lex[5])&&(((int)now.lpar[5])==7)))+(((int)now.lex[6])&&(((int)now.lpar[6])==7)))+(((int)now.lex[8])&&(((int)now.lpar[8])==7))))))&&( !(((int)now.lex[8]))||(((int)now.lrefs[8])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==8))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==8)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==8)))+(((int)now.iex[0])&&(((int)now.itop[0])==8)))+(((int)now.iex[1])&&(((int)now.itop[1])==8)))+(((int)now.lex[0])&&(((int)now.lpar[0])==8)))+(((int)now.lex[1])&&(((int)now.lpar[1])==8)))+(((int)now.lex[2])&&(((int)now.lpar[2])==8)))+(((int)now.lex[3])&&(((int)now.lpar[3])==8)))+(((int)now.lex[4])&&(((int)now.lpar[4])==8)))+(((int)now.lex[5])&&(((int)now.lpar[5])==8)))+(((int)now.lex[6])&&(((int)now.lpar[6])==8)))+(((int)now.lex[7])&&(((int)now.lpar[7])==8)))))))))
			continue;
		/* merge: assert(!(!((((!(lex[6])||(lrefs[6]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))+(iex[0]&&(itop[0]==6)))+(iex[1]&&(itop[1]==6)))+(lex[0]&&(lpar[0]==6)))+(lex[1]&&(lpar[1]==6)))+(lex[2]&&(lpar[2]==6)))+(lex[3]&&(lpar[3]==6)))+(lex[4]&&(lpar[4]==6)))+(lex[5]&&(lpar[5]==6)))+(lex[7]&&(lpar[7]==6)))+(lex[8]&&(lpar[8]==6)))))&&(!(lex[7])||(lrefs[7]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))+(iex[0]&&(itop[0]==7)))+(iex[1]&&(itop[1]==7)))+(lex[0]&&(lpar[0]==7)))+(lex[1]&&(lpar[1]==7)))+(lex[2]&&(lpar[2]==7)))+(lex[3]&&(lpar[3]==7)))+(lex[4]&&(lpar[4]==7)))+(lex[5]&&(lpar[5]==7)))+(lex[6]&&(lpar[6]==7)))+(lex[8]&&(lpar[8]==7))))))&&(!(lex[8])||(lrefs[8]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))+(iex[0]&&(itop[0]==8)))+(iex[1]&&(itop[1]==8)))+(lex[0]&&(lpar[0]==8)))+(lex[1]&&(lpar[1]==8)))+(lex[2]&&(lpar[2]==8)))+(lex[3]&&(lpar[3]==8)))+(lex[4]&&(lpar[4]==8)))+(lex[5]&&(lpar[5]==8)))+(lex[6]&&(lpar[6]==8)))+(lex[7]&&(lpar[7]==8)))))))))(0, 2, 6) */
		reached[11][2] = 1;
		spin_assert( !( !(((( !(((int)now.lex[6]))||(((int)now.lrefs[6])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==6))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==6)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==6)))+(((int)now.iex[0])&&(((int)now.itop[0])==6)))+(((int)now.iex[1])&&(((int)now.itop[1])==6)))+(((int)now.lex[0])&&(((int)now.lpar[0])==6)))+(((int)now.lex[1])&&(((int)now.lpar[1])==6)))+(((int)now.lex[2])&&(((int)now.lpar[2])==6)))+(((int)now.lex[3])&&(((int)now.lpar[3])==6)))+(((int)now.lex[4])&&(((int)now.lpar[4])==6)))+(((int)now.lex[5])&&(((int)now.lpar[5])==6)))+(((int)now.lex[7])&&(((int)now.lpar[7])==6)))+(((int)now.lex[8])&&(((int)now.lpar[8])==6)))))&&( !(((int)now.lex[7]))||(((int)now.lrefs[7])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==7))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==7)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==7)))+(((int)now.iex[0])&&(((int)now.itop[0])==7)))+(((int)now.iex[1])&&(((int)now.itop[1])==7)))+(((int)now.lex[0])&&(((int)now.lpar[0])==7)))+(((int)now.lex[1])&&(((int)now.lpar[1])==7)))+(((int)now.lex[2])&&(((int)now.lpar[2])==7)))+(((int)now.lex[3])&&(((int)now.lpar[3])==7)))+(((int)now.lex[4])&&(((int)now.lpar[4])==7)))+(((int)now.lex[5])&&(((int)now.lpar[5])==7)))+(((int)now.lex[6])&&(((int)now.lpar[6])==7)))+(((int)now.lex[8])&&(((int)now.lpar[8])==7))))))&&( !(((int)now.lex[8]))||(((int)now.lrefs[8])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==8))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==8)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==8)))+(((int)now.iex[0])&&(((int)now.itop[0])==8)))+(((int)now.iex[1])&&(((int)now.itop[1])==8)))+(((int)now.lex[0])&&(((int)now.lpar[0])==8)))+(((int)now.lex[1])&&(((int)now.lpar[1])==8)))+(((int)now.lex[2])&&(((int)now.lpar[2])==8)))+(((int)now.lex[3])&&(((int)now.lpar[3])==8)))+(((int)now.lex[4])&&(((int)now.lpar[4])==8)))+(((int)now.lex[5])&&(((int)now.lpar[5])==8)))+(((int)now.lex[6])&&(((int)now.lpar[6])==8)))+(((int)now.lex[7])&&(((int)now.lpar[7])==8)))))))), " !( !(((( !(lex[6])||(lrefs[6]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))+(iex[0]&&(itop[0]==6)))+(iex[1]&&(itop[1]==6)))+(lex[0]&&(lpar[0]==6)))+(lex[1]&&(lpar[1]==6)))+(lex[2]&&(lpar[2]==6)))+(lex[3]&&(lpar[3]==6)))+(lex[4]&&(lpar[4]==6)))+(lex[5]&&(lpar[5]==6)))+(lex[7]&&(lpar[7]==6)))+(lex[8]&&(lpar[8]==6)))))&&( !(lex[7])||(lrefs[7]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))+(iex[0]&&(itop[0]==7)))+(iex[1]&&(itop[1]==7)))+(lex[0]&&(lpar[0]==7)))+(lex[1]&&(lpar[1]==7)))+(lex[2]&&(lpar[2]==7)))+(lex[3]&&(lpar[3]==7)))+(lex[4]&&(lpar[4]==7)))+(lex[5]&&(lpar[5]==7)))+(lex[6]&&(lpar[6]==7)))+(lex[8]&&(lpar[8]==7))))))&&( !(lex[8])||(lrefs[8]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))+(iex[0]&&(itop[0]==8)))+(iex[1]&&(itop[1]==8)))+(lex[0]&&(lpar[0]==8)))+(lex[1]&&(lpar[1]==8)))+(lex[2]&&(lpar[2]==8)))+(lex[3]&&(lpar[3]==8)))+(lex[4]&&(lpar[4]==8)))+(lex[5]&&(lpar[5]==8)))+(lex[6]&&(lpar[6]==8)))+(lex[7]&&(lpar[7]==8))))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[11][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 4: // STATE 10 - _spin_nvr.tmp:191 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[11][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM reference_counts_2 */
	case 5: // STATE 1 - _spin_nvr.tmp:177 - [(!((((!(lex[3])||(lrefs[3]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))+(iex[0]&&(itop[0]==3)))+(iex[1]&&(itop[1]==3)))+(lex[0]&&(lpar[0]==3)))+(lex[1]&&(lpar[1]==3)))+(lex[2]&&(lpar[2]==3)))+(lex[4]&&(lpar[4]==3)))+(lex[5]&&(lpar[5]==3)))+(lex[6]&&(lpar[6]==3)))+(lex[7]&&(lpar[7]==3)))+(lex[8]&&(lpar[8]==3)))))&&(!(lex[4])||(lrefs[4]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))+(iex[0]&&(itop[0]==4)))+(iex[1]&&(itop[1]==4)))+(lex[0]&&(lpar[0]==4)))+(lex[1]&&(lpar[1]==4)))+(lex[2]&&(lpar[2]==4)))+(lex[3]&&(lpar[3]==4)))+(lex[5]&&(lpar[5]==4)))+(lex[6]&&(lpar[6]==4)))+(lex[7]&&(lpar[7]==4)))+(lex[8]&&(lpar[8]==4))))))&&(!(lex[5])||(lrefs[5]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))+(iex[0]&&(itop[0]==5)))+(iex[1]&&(itop[1]==5)))+(lex[0]&&(lpar[0]==5)))+(lex[1]&&(lpar[1]==5)))+(lex[2]&&(lpar[2]==5)))+(lex[3]&&(lpar[3]==5)))+(lex[4]&&(lpar[4]==5)))+(lex[6]&&(lpar[6]==5)))+(lex[7]&&(lpar[7]==5)))+(lex[8]&&(lpar[8]==5))))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[10][1] = 1;
		if (!( !(((( !(((int)now.lex[3]))||(((int)now.lrefs[3])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==3))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==3)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==3)))+(((int)now.iex[0])&&(((int)now.itop[0])==3)))+(((int)now.iex[1])&&(((int)now.itop[1])==3)))+(((int)now.lex[0])&&(((int)now.lpar[0])==3)))+(((int)now.lex[1])&&(((int)now.lpar[1])==3)))+(((int)now.lex[2])&&(((int)now.lpar[2])==3)))+(((int)now.lex[4])&&(((int)now.lpar[4])==3)))+(((int)now.lex[5])&&(((int)now.lpar[5])==3)))+(((int)now.lex[6])&&(((int)now.lpar[6])==3)))+(((int)now.lex[7])&&(((int)now.lpar[7])==3)))+(((int)now.lex[8])&&(((int)now.lpar[8])==3)))))&&( !(((int)now.lex[4]))||(((int)now.lrefs[4])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==4))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==4)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==4)))+(((int)now.iex[0])&&(((int)now.itop[0])==4)))+(((int)now.iex[1])&&(((int)now.itop[1])==4)))+(((int)now.lex[0])&&(((int)now.lpar[0])==4)))+(((int)now.lex[1])&&(((int)now.lpar[1])==4)))+(((int)now.lex[2])&&(((int)now.lpar[2])==4)))+(((int)now.lex[3])&&(((int)now.lpar[3])==4)))+(((int)now.lex[5])&&(((int)now.lpar[5])==4)))+(((int)now.lex[6])&&(((int)now.lpar[6])==4)))+(((int)now.lex[7])&&(((int)now.lpar[7])==4)))+(((int)now.lex[8])&&(((int)now.lpar[8])==4))))))&&( !(((int)now.lex[5]))||(((int)now.lrefs[5])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==5))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==5)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==5)))+(((int)now.iex[0])&&(((int)now.itop[0])==5)))+(((int)now.iex[1])&&(((int)now.itop[1])==5)))+(((int)now.lex[0])&&(((int)now.lpar[0])==5)))+(((int)now.lex[1])&&(((int)now.lpar[1])==5)))+(((int)now.lex[2])&&(((int)now.lpar[2])==5)))+(((int)now.lex[3])&&(((int)now.lpar[3])==5)))+(((int)now.lex[4])&&(((int)now.lpar[4])==5)))+(((int)now.lex[6])&&(((int)now.lpar[6])==5)))+(((int)now.lex[7])&&(((int)now.lpar[7])==5)))+(((int)now.lex[8])&&(((int)now.lpar[8])==5)))))))))
			continue;
		/* merge: assert(!(!((((!(lex[3])||(lrefs[3]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))+(iex[0]&&(itop[0]==3)))+(iex[1]&&(itop[1]==3)))+(lex[0]&&(lpar[0]==3)))+(lex[1]&&(lpar[1]==3)))+(lex[2]&&(lpar[2]==3)))+(lex[4]&&(lpar[4]==3)))+(lex[5]&&(lpar[5]==3)))+(lex[6]&&(lpar[6]==3)))+(lex[7]&&(lpar[7]==3)))+(lex[8]&&(lpar[8]==3)))))&&(!(lex[4])||(lrefs[4]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))+(iex[0]&&(itop[0]==4)))+(iex[1]&&(itop[1]==4)))+(lex[0]&&(lpar[0]==4)))+(lex[1]&&(lpar[1]==4)))+(lex[2]&&(lpar[2]==4)))+(lex[3]&&(lpar[3]==4)))+(lex[5]&&(lpar[5]==4)))+(lex[6]&&(lpar[6]==4)))+(lex[7]&&(lpar[7]==4)))+(lex[8]&&(lpar[8]==4))))))&&(!(lex[5])||(lrefs[5]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))+(iex[0]&&(itop[0]==5)))+(iex[1]&&(itop[1]==5)))+(lex[0]&&(lpar[0]==5)))+(lex[1]&&(lpar[1]==5)))+(lex[2]&&(lpar[2]==5)))+(lex[3]&&(lpar[3]==5)))+(lex[4]&&(lpar[4]==5)))+(lex[6]&&(lpar[6]==5)))+(lex[7]&&(lpar[7]==5)))+(lex[8]&&(lpar[8]==5)))))))))(0, 2, 6) */
		reached[10][2] = 1;
		spin_assert( !( !(((( !(((int)now.lex[3]))||(((int)now.lrefs[3])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==3))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==3)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==3)))+(((int)now.iex[0])&&(((int)now.itop[0])==3)))+(((int)now.iex[1])&&(((int)now.itop[1])==3)))+(((int)now.lex[0])&&(((int)now.lpar[0])==3)))+(((int)now.lex[1])&&(((int)now.lpar[1])==3)))+(((int)now.lex[2])&&(((int)now.lpar[2])==3)))+(((int)now.lex[4])&&(((int)now.lpar[4])==3)))+(((int)now.lex[5])&&(((int)now.lpar[5])==3)))+(((int)now.lex[6])&&(((int)now.lpar[6])==3)))+(((int)now.lex[7])&&(((int)now.lpar[7])==3)))+(((int)now.lex[8])&&(((int)now.lpar[8])==3)))))&&( !(((int)now.lex[4]))||(((int)now.lrefs[4])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==4))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==4)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==4)))+(((int)now.iex[0])&&(((int)now.itop[0])==4)))+(((int)now.iex[1])&&(((int)now.itop[1])==4)))+(((int)now.lex[0])&&(((int)now.lpar[0])==4)))+(((int)now.lex[1])&&(((int)now.lpar[1])==4)))+(((int)now.lex[2])&&(((int)now.lpar[2])==4)))+(((int)now.lex[3])&&(((int)now.lpar[3])==4)))+(((int)now.lex[5])&&(((int)now.lpar[5])==4)))+(((int)now.lex[6])&&(((int)now.lpar[6])==4)))+(((int)now.lex[7])&&(((int)now.lpar[7])==4)))+(((int)now.lex[8])&&(((int)now.lpar[8])==4))))))&&( !(((int)now.lex[5]))||(((int)now.lrefs[5])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==5))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==5)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==5)))+(((int)now.iex[0])&&(((int)now.itop[0])==5)))+(((int)now.iex[1])&&(((int)now.itop[1])==5)))+(((int)now.lex[0])&&(((int)now.lpar[0])==5)))+(((int)now.lex[1])&&(((int)now.lpar[1])==5)))+(((int)now.lex[2])&&(((int)now.lpar[2])==5)))+(((int)now.lex[3])&&(((int)now.lpar[3])==5)))+(((int)now.lex[4])&&(((int)now.lpar[4])==5)))+(((int)now.lex[6])&&(((int)now.lpar[6])==5)))+(((int)now.lex[7])&&(((int)now.lpar[7])==5)))+(((int)now.lex[8])&&(((int)now.lpar[8])==5)))))))), " !( !(((( !(lex[3])||(lrefs[3]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))+(iex[0]&&(itop[0]==3)))+(iex[1]&&(itop[1]==3)))+(lex[0]&&(lpar[0]==3)))+(lex[1]&&(lpar[1]==3)))+(lex[2]&&(lpar[2]==3)))+(lex[4]&&(lpar[4]==3)))+(lex[5]&&(lpar[5]==3)))+(lex[6]&&(lpar[6]==3)))+(lex[7]&&(lpar[7]==3)))+(lex[8]&&(lpar[8]==3)))))&&( !(lex[4])||(lrefs[4]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))+(iex[0]&&(itop[0]==4)))+(iex[1]&&(itop[1]==4)))+(lex[0]&&(lpar[0]==4)))+(lex[1]&&(lpar[1]==4)))+(lex[2]&&(lpar[2]==4)))+(lex[3]&&(lpar[3]==4)))+(lex[5]&&(lpar[5]==4)))+(lex[6]&&(lpar[6]==4)))+(lex[7]&&(lpar[7]==4)))+(lex[8]&&(lpar[8]==4))))))&&( !(lex[5])||(lrefs[5]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))+(iex[0]&&(itop[0]==5)))+(iex[1]&&(itop[1]==5)))+(lex[0]&&(lpar[0]==5)))+(lex[1]&&(lpar[1]==5)))+(lex[2]&&(lpar[2]==5)))+(lex[3]&&(lpar[3]==5)))+(lex[4]&&(lpar[4]==5)))+(lex[6]&&(lpar[6]==5)))+(lex[7]&&(lpar[7]==5)))+(lex[8]&&(lpar[8]==5))))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[10][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 6: // STATE 10 - _spin_nvr.tmp:182 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[10][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM reference_counts_1 */
	case 7: // STATE 1 - _spin_nvr.tmp:168 - [(!((((!(lex[0])||(lrefs[0]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))+(iex[0]&&(itop[0]==0)))+(iex[1]&&(itop[1]==0)))+(lex[1]&&(lpar[1]==0)))+(lex[2]&&(lpar[2]==0)))+(lex[3]&&(lpar[3]==0)))+(lex[4]&&(lpar[4]==0)))+(lex[5]&&(lpar[5]==0)))+(lex[6]&&(lpar[6]==0)))+(lex[7]&&(lpar[7]==0)))+(lex[8]&&(lpar[8]==0)))))&&(!(lex[1])||(lrefs[1]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))+(iex[0]&&(itop[0]==1)))+(iex[1]&&(itop[1]==1)))+(lex[0]&&(lpar[0]==1)))+(lex[2]&&(lpar[2]==1)))+(lex[3]&&(lpar[3]==1)))+(lex[4]&&(lpar[4]==1)))+(lex[5]&&(lpar[5]==1)))+(lex[6]&&(lpar[6]==1)))+(lex[7]&&(lpar[7]==1)))+(lex[8]&&(lpar[8]==1))))))&&(!(lex[2])||(lrefs[2]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))+(iex[0]&&(itop[0]==2)))+(iex[1]&&(itop[1]==2)))+(lex[0]&&(lpar[0]==2)))+(lex[1]&&(lpar[1]==2)))+(lex[3]&&(lpar[3]==2)))+(lex[4]&&(lpar[4]==2)))+(lex[5]&&(lpar[5]==2)))+(lex[6]&&(lpar[6]==2)))+(lex[7]&&(lpar[7]==2)))+(lex[8]&&(lpar[8]==2))))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[9][1] = 1;
		if (!( !(((( !(((int)now.lex[0]))||(((int)now.lrefs[0])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==0))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==0)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==0)))+(((int)now.iex[0])&&(((int)now.itop[0])==0)))+(((int)now.iex[1])&&(((int)now.itop[1])==0)))+(((int)now.lex[1])&&(((int)now.lpar[1])==0)))+(((int)now.lex[2])&&(((int)now.lpar[2])==0)))+(((int)now.lex[3])&&(((int)now.lpar[3])==0)))+(((int)now.lex[4])&&(((int)now.lpar[4])==0)))+(((int)now.lex[5])&&(((int)now.lpar[5])==0)))+(((int)now.lex[6])&&(((int)now.lpar[6])==0)))+(((int)now.lex[7])&&(((int)now.lpar[7])==0)))+(((int)now.lex[8])&&(((int)now.lpar[8])==0)))))&&( !(((int)now.lex[1]))||(((int)now.lrefs[1])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==1))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==1)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==1)))+(((int)now.iex[0])&&(((int)now.itop[0])==1)))+(((int)now.iex[1])&&(((int)now.itop[1])==1)))+(((int)now.lex[0])&&(((int)now.lpar[0])==1)))+(((int)now.lex[2])&&(((int)now.lpar[2])==1)))+(((int)now.lex[3])&&(((int)now.lpar[3])==1)))+(((int)now.lex[4])&&(((int)now.lpar[4])==1)))+(((int)now.lex[5])&&(((int)now.lpar[5])==1)))+(((int)now.lex[6])&&(((int)now.lpar[6])==1)))+(((int)now.lex[7])&&(((int)now.lpar[7])==1)))+(((int)now.lex[8])&&(((int)now.lpar[8])==1))))))&&( !(((int)now.lex[2]))||(((int)now.lrefs[2])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==2))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==2)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==2)))+(((int)now.iex[0])&&(((int)now.itop[0])==2)))+(((int)now.iex[1])&&(((int)now.itop[1])==2)))+(((int)now.lex[0])&&(((int)now.lpar[0])==2)))+(((int)now.lex[1])&&(((int)now.lpar[1])==2)))+(((int)now.lex[3])&&(((int)now.lpar[3])==2)))+(((int)now.lex[4])&&(((int)now.lpar[4])==2)))+(((int)now.lex[5])&&(((int)now.lpar[5])==2)))+(((int)now.lex[6])&&(((int)now.lpar[6])==2)))+(((int)now.lex[7])&&(((int)now.lpar[7])==2)))+(((int)now.lex[8])&&(((int)now.lpar[8])==2)))))))))
			continue;
		/* merge: assert(!(!((((!(lex[0])||(lrefs[0]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))+(iex[0]&&(itop[0]==0)))+(iex[1]&&(itop[1]==0)))+(lex[1]&&(lpar[1]==0)))+(lex[2]&&(lpar[2]==0)))+(lex[3]&&(lpar[3]==0)))+(lex[4]&&(lpar[4]==0)))+(lex[5]&&(lpar[5]==0)))+(lex[6]&&(lpar[6]==0)))+(lex[7]&&(lpar[7]==0)))+(lex[8]&&(lpar[8]==0)))))&&(!(lex[1])||(lrefs[1]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))+(iex[0]&&(itop[0]==1)))+(iex[1]&&(itop[1]==1)))+(lex[0]&&(lpar[0]==1)))+(lex[2]&&(lpar[2]==1)))+(lex[3]&&(lpar[3]==1)))+(lex[4]&&(lpar[4]==1)))+(lex[5]&&(lpar[5]==1)))+(lex[6]&&(lpar[6]==1)))+(lex[7]&&(lpar[7]==1)))+(lex[8]&&(lpar[8]==1))))))&&(!(lex[2])||(lrefs[2]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))+(iex[0]&&(itop[0]==2)))+(iex[1]&&(itop[1]==2)))+(lex[0]&&(lpar[0]==2)))+(lex[1]&&(lpar[1]==2)))+(lex[3]&&(lpar[3]==2)))+(lex[4]&&(lpar[4]==2)))+(lex[5]&&(lpar[5]==2)))+(lex[6]&&(lpar[6]==2)))+(lex[7]&&(lpar[7]==2)))+(lex[8]&&(lpar[8]==2)))))))))(0, 2, 6) */
		reached[9][2] = 1;
		spin_assert( !( !(((( !(((int)now.lex[0]))||(((int)now.lrefs[0])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==0))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==0)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==0)))+(((int)now.iex[0])&&(((int)now.itop[0])==0)))+(((int)now.iex[1])&&(((int)now.itop[1])==0)))+(((int)now.lex[1])&&(((int)now.lpar[1])==0)))+(((int)now.lex[2])&&(((int)now.lpar[2])==0)))+(((int)now.lex[3])&&(((int)now.lpar[3])==0)))+(((int)now.lex[4])&&(((int)now.lpar[4])==0)))+(((int)now.lex[5])&&(((int)now.lpar[5])==0)))+(((int)now.lex[6])&&(((int)now.lpar[6])==0)))+(((int)now.lex[7])&&(((int)now.lpar[7])==0)))+(((int)now.lex[8])&&(((int)now.lpar[8])==0)))))&&( !(((int)now.lex[1]))||(((int)now.lrefs[1])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==1))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==1)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==1)))+(((int)now.iex[0])&&(((int)now.itop[0])==1)))+(((int)now.iex[1])&&(((int)now.itop[1])==1)))+(((int)now.lex[0])&&(((int)now.lpar[0])==1)))+(((int)now.lex[2])&&(((int)now.lpar[2])==1)))+(((int)now.lex[3])&&(((int)now.lpar[3])==1)))+(((int)now.lex[4])&&(((int)now.lpar[4])==1)))+(((int)now.lex[5])&&(((int)now.lpar[5])==1)))+(((int)now.lex[6])&&(((int)now.lpar[6])==1)))+(((int)now.lex[7])&&(((int)now.lpar[7])==1)))+(((int)now.lex[8])&&(((int)now.lpar[8])==1))))))&&( !(((int)now.lex[2]))||(((int)now.lrefs[2])==(((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==2))+(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==2)))+(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==2)))+(((int)now.iex[0])&&(((int)now.itop[0])==2)))+(((int)now.iex[1])&&(((int)now.itop[1])==2)))+(((int)now.lex[0])&&(((int)now.lpar[0])==2)))+(((int)now.lex[1])&&(((int)now.lpar[1])==2)))+(((int)now.lex[3])&&(((int)now.lpar[3])==2)))+(((int)now.lex[4])&&(((int)now.lpar[4])==2)))+(((int)now.lex[5])&&(((int)now.lpar[5])==2)))+(((int)now.lex[6])&&(((int)now.lpar[6])==2)))+(((int)now.lex[7])&&(((int)now.lpar[7])==2)))+(((int)now.lex[8])&&(((int)now.lpar[8])==2)))))))), " !( !(((( !(lex[0])||(lrefs[0]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))+(iex[0]&&(itop[0]==0)))+(iex[1]&&(itop[1]==0)))+(lex[1]&&(lpar[1]==0)))+(lex[2]&&(lpar[2]==0)))+(lex[3]&&(lpar[3]==0)))+(lex[4]&&(lpar[4]==0)))+(lex[5]&&(lpar[5]==0)))+(lex[6]&&(lpar[6]==0)))+(lex[7]&&(lpar[7]==0)))+(lex[8]&&(lpar[8]==0)))))&&( !(lex[1])||(lrefs[1]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))+(iex[0]&&(itop[0]==1)))+(iex[1]&&(itop[1]==1)))+(lex[0]&&(lpar[0]==1)))+(lex[2]&&(lpar[2]==1)))+(lex[3]&&(lpar[3]==1)))+(lex[4]&&(lpar[4]==1)))+(lex[5]&&(lpar[5]==1)))+(lex[6]&&(lpar[6]==1)))+(lex[7]&&(lpar[7]==1)))+(lex[8]&&(lpar[8]==1))))))&&( !(lex[2])||(lrefs[2]==(((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2))+(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))+(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))+(iex[0]&&(itop[0]==2)))+(iex[1]&&(itop[1]==2)))+(lex[0]&&(lpar[0]==2)))+(lex[1]&&(lpar[1]==2)))+(lex[3]&&(lpar[3]==2)))+(lex[4]&&(lpar[4]==2)))+(lex[5]&&(lpar[5]==2)))+(lex[6]&&(lpar[6]==2)))+(lex[7]&&(lpar[7]==2)))+(lex[8]&&(lpar[8]==2))))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[9][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 8: // STATE 10 - _spin_nvr.tmp:173 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[9][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM unreferenced_layer_deleted_3 */
	case 9: // STATE 1 - _spin_nvr.tmp:159 - [(!((((((((((((((((!(lex[6])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))||(iex[0]&&(itop[0]==6)))||(iex[1]&&(itop[1]==6)))||(lex[0]&&(lpar[0]==6)))||(lex[1]&&(lpar[1]==6)))||(lex[2]&&(lpar[2]==6)))||(lex[3]&&(lpar[3]==6)))||(lex[4]&&(lpar[4]==6)))||(lex[5]&&(lpar[5]==6)))||(lex[7]&&(lpar[7]==6)))||(lex[8]&&(lpar[8]==6)))&&(((((((((((((!(lex[7])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))||(iex[0]&&(itop[0]==7)))||(iex[1]&&(itop[1]==7)))||(lex[0]&&(lpar[0]==7)))||(lex[1]&&(lpar[1]==7)))||(lex[2]&&(lpar[2]==7)))||(lex[3]&&(lpar[3]==7)))||(lex[4]&&(lpar[4]==7)))||(lex[5]&&(lpar[5]==7)))||(lex[6]&&(lpar[6]==7)))||(lex[8]&&(lpar[8]==7))))&&(((((((((((((!(lex[8])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))||(iex[0]&&(itop[0]==8)))||(iex[1]&&(itop[1]==8)))||(lex[0]&&(lpar[0]==8)))||(lex[1]&&(lpar[1]==8)))||(lex[2]&&(lpar[2]==8)))||(lex[3]&&(lpar[3]==8)))||(lex[4]&&(lpar[4]==8)))||(lex[5]&&(lpar[5]==8)))||(lex[6]&&(lpar[6]==8)))||(lex[7]&&(lpar[7]==8))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[8][1] = 1;
		if (!( !(((((((((((((((( !(((int)now.lex[6]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==6)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==6)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==6)))||(((int)now.iex[0])&&(((int)now.itop[0])==6)))||(((int)now.iex[1])&&(((int)now.itop[1])==6)))||(((int)now.lex[0])&&(((int)now.lpar[0])==6)))||(((int)now.lex[1])&&(((int)now.lpar[1])==6)))||(((int)now.lex[2])&&(((int)now.lpar[2])==6)))||(((int)now.lex[3])&&(((int)now.lpar[3])==6)))||(((int)now.lex[4])&&(((int)now.lpar[4])==6)))||(((int)now.lex[5])&&(((int)now.lpar[5])==6)))||(((int)now.lex[7])&&(((int)now.lpar[7])==6)))||(((int)now.lex[8])&&(((int)now.lpar[8])==6)))&&((((((((((((( !(((int)now.lex[7]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==7)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==7)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==7)))||(((int)now.iex[0])&&(((int)now.itop[0])==7)))||(((int)now.iex[1])&&(((int)now.itop[1])==7)))||(((int)now.lex[0])&&(((int)now.lpar[0])==7)))||(((int)now.lex[1])&&(((int)now.lpar[1])==7)))||(((int)now.lex[2])&&(((int)now.lpar[2])==7)))||(((int)now.lex[3])&&(((int)now.lpar[3])==7)))||(((int)now.lex[4])&&(((int)now.lpar[4])==7)))||(((int)now.lex[5])&&(((int)now.lpar[5])==7)))||(((int)now.lex[6])&&(((int)now.lpar[6])==7)))||(((int)now.lex[8])&&(((int)now.lpar[8])==7))))&&((((((((((((( !(((int)now.lex[8]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==8)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==8)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==8)))||(((int)now.iex[0])&&(((int)now.itop[0])==8)))||(((int)now.iex[1])&&(((int)now.itop[1])==8)))||(((int)now.lex[0])&&(((int)now.lpar[0])==8)))||(((int)now.lex[1])&&(((int)now.lpar[1])==8)))||(((int)now.lex[2])&&(((int)now.lpar[2])==8)))||(((int)now.lex[3])&&(((int)now.lpar[3])==8)))||(((int)now.lex[4])&&(((int)now.lpar[4])==8)))||(((int)now.lex[5])&&(((int)now.lpar[5])==8)))||(((int)now.lex[6])&&(((int)now.lpar[6])==8)))||(((int)now.lex[7])&&(((int)now.lpar[7])==8)))))))
			continue;
		/* merge: assert(!(!((((((((((((((((!(lex[6])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))||(iex[0]&&(itop[0]==6)))||(iex[1]&&(itop[1]==6)))||(lex[0]&&(lpar[0]==6)))||(lex[1]&&(lpar[1]==6)))||(lex[2]&&(lpar[2]==6)))||(lex[3]&&(lpar[3]==6)))||(lex[4]&&(lpar[4]==6)))||(lex[5]&&(lpar[5]==6)))||(lex[7]&&(lpar[7]==6)))||(lex[8]&&(lpar[8]==6)))&&(((((((((((((!(lex[7])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))||(iex[0]&&(itop[0]==7)))||(iex[1]&&(itop[1]==7)))||(lex[0]&&(lpar[0]==7)))||(lex[1]&&(lpar[1]==7)))||(lex[2]&&(lpar[2]==7)))||(lex[3]&&(lpar[3]==7)))||(lex[4]&&(lpar[4]==7)))||(lex[5]&&(lpar[5]==7)))||(lex[6]&&(lpar[6]==7)))||(lex[8]&&(lpar[8]==7))))&&(((((((((((((!(lex[8])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))||(iex[0]&&(itop[0]==8)))||(iex[1]&&(itop[1]==8)))||(lex[0]&&(lpar[0]==8)))||(lex[1]&&(lpar[1]==8)))||(lex[2]&&(lpar[2]==8)))||(lex[3]&&(lpar[3]==8)))||(lex[4]&&(lpar[4]==8)))||(lex[5]&&(lpar[5]==8)))||(lex[6]&&(lpar[6]==8)))||(lex[7]&&(lpar[7]==8)))))))(0, 2, 6) */
		reached[8][2] = 1;
		spin_assert( !( !(((((((((((((((( !(((int)now.lex[6]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==6)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==6)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==6)))||(((int)now.iex[0])&&(((int)now.itop[0])==6)))||(((int)now.iex[1])&&(((int)now.itop[1])==6)))||(((int)now.lex[0])&&(((int)now.lpar[0])==6)))||(((int)now.lex[1])&&(((int)now.lpar[1])==6)))||(((int)now.lex[2])&&(((int)now.lpar[2])==6)))||(((int)now.lex[3])&&(((int)now.lpar[3])==6)))||(((int)now.lex[4])&&(((int)now.lpar[4])==6)))||(((int)now.lex[5])&&(((int)now.lpar[5])==6)))||(((int)now.lex[7])&&(((int)now.lpar[7])==6)))||(((int)now.lex[8])&&(((int)now.lpar[8])==6)))&&((((((((((((( !(((int)now.lex[7]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==7)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==7)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==7)))||(((int)now.iex[0])&&(((int)now.itop[0])==7)))||(((int)now.iex[1])&&(((int)now.itop[1])==7)))||(((int)now.lex[0])&&(((int)now.lpar[0])==7)))||(((int)now.lex[1])&&(((int)now.lpar[1])==7)))||(((int)now.lex[2])&&(((int)now.lpar[2])==7)))||(((int)now.lex[3])&&(((int)now.lpar[3])==7)))||(((int)now.lex[4])&&(((int)now.lpar[4])==7)))||(((int)now.lex[5])&&(((int)now.lpar[5])==7)))||(((int)now.lex[6])&&(((int)now.lpar[6])==7)))||(((int)now.lex[8])&&(((int)now.lpar[8])==7))))&&((((((((((((( !(((int)now.lex[8]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==8)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==8)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==8)))||(((int)now.iex[0])&&(((int)now.itop[0])==8)))||(((int)now.iex[1])&&(((int)now.itop[1])==8)))||(((int)now.lex[0])&&(((int)now.lpar[0])==8)))||(((int)now.lex[1])&&(((int)now.lpar[1])==8)))||(((int)now.lex[2])&&(((int)now.lpar[2])==8)))||(((int)now.lex[3])&&(((int)now.lpar[3])==8)))||(((int)now.lex[4])&&(((int)now.lpar[4])==8)))||(((int)now.lex[5])&&(((int)now.lpar[5])==8)))||(((int)now.lex[6])&&(((int)now.lpar[6])==8)))||(((int)now.lex[7])&&(((int)now.lpar[7])==8)))))), " !( !(((((((((((((((( !(lex[6])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))||(iex[0]&&(itop[0]==6)))||(iex[1]&&(itop[1]==6)))||(lex[0]&&(lpar[0]==6)))||(lex[1]&&(lpar[1]==6)))||(lex[2]&&(lpar[2]==6)))||(lex[3]&&(lpar[3]==6)))||(lex[4]&&(lpar[4]==6)))||(lex[5]&&(lpar[5]==6)))||(lex[7]&&(lpar[7]==6)))||(lex[8]&&(lpar[8]==6)))&&((((((((((((( !(lex[7])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))||(iex[0]&&(itop[0]==7)))||(iex[1]&&(itop[1]==7)))||(lex[0]&&(lpar[0]==7)))||(lex[1]&&(lpar[1]==7)))||(lex[2]&&(lpar[2]==7)))||(lex[3]&&(lpar[3]==7)))||(lex[4]&&(lpar[4]==7)))||(lex[5]&&(lpar[5]==7)))||(lex[6]&&(lpar[6]==7)))||(lex[8]&&(lpar[8]==7))))&&((((((((((((( !(lex[8])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))||(iex[0]&&(itop[0]==8)))||(iex[1]&&(itop[1]==8)))||(lex[0]&&(lpar[0]==8)))||(lex[1]&&(lpar[1]==8)))||(lex[2]&&(lpar[2]==8)))||(lex[3]&&(lpar[3]==8)))||(lex[4]&&(lpar[4]==8)))||(lex[5]&&(lpar[5]==8)))||(lex[6]&&(lpar[6]==8)))||(lex[7]&&(lpar[7]==8))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[8][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 10: // STATE 10 - _spin_nvr.tmp:164 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[8][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM unreferenced_layer_deleted_2 */
	case 11: // STATE 1 - _spin_nvr.tmp:150 - [(!((((((((((((((((!(lex[3])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))||(iex[0]&&(itop[0]==3)))||(iex[1]&&(itop[1]==3)))||(lex[0]&&(lpar[0]==3)))||(lex[1]&&(lpar[1]==3)))||(lex[2]&&(lpar[2]==3)))||(lex[4]&&(lpar[4]==3)))||(lex[5]&&(lpar[5]==3)))||(lex[6]&&(lpar[6]==3)))||(lex[7]&&(lpar[7]==3)))||(lex[8]&&(lpar[8]==3)))&&(((((((((((((!(lex[4])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))||(iex[0]&&(itop[0]==4)))||(iex[1]&&(itop[1]==4)))||(lex[0]&&(lpar[0]==4)))||(lex[1]&&(lpar[1]==4)))||(lex[2]&&(lpar[2]==4)))||(lex[3]&&(lpar[3]==4)))||(lex[5]&&(lpar[5]==4)))||(lex[6]&&(lpar[6]==4)))||(lex[7]&&(lpar[7]==4)))||(lex[8]&&(lpar[8]==4))))&&(((((((((((((!(lex[5])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))||(iex[0]&&(itop[0]==5)))||(iex[1]&&(itop[1]==5)))||(lex[0]&&(lpar[0]==5)))||(lex[1]&&(lpar[1]==5)))||(lex[2]&&(lpar[2]==5)))||(lex[3]&&(lpar[3]==5)))||(lex[4]&&(lpar[4]==5)))||(lex[6]&&(lpar[6]==5)))||(lex[7]&&(lpar[7]==5)))||(lex[8]&&(lpar[8]==5))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[7][1] = 1;
		if (!( !(((((((((((((((( !(((int)now.lex[3]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==3)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==3)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==3)))||(((int)now.iex[0])&&(((int)now.itop[0])==3)))||(((int)now.iex[1])&&(((int)now.itop[1])==3)))||(((int)now.lex[0])&&(((int)now.lpar[0])==3)))||(((int)now.lex[1])&&(((int)now.lpar[1])==3)))||(((int)now.lex[2])&&(((int)now.lpar[2])==3)))||(((int)now.lex[4])&&(((int)now.lpar[4])==3)))||(((int)now.lex[5])&&(((int)now.lpar[5])==3)))||(((int)now.lex[6])&&(((int)now.lpar[6])==3)))||(((int)now.lex[7])&&(((int)now.lpar[7])==3)))||(((int)now.lex[8])&&(((int)now.lpar[8])==3)))&&((((((((((((( !(((int)now.lex[4]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==4)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==4)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==4)))||(((int)now.iex[0])&&(((int)now.itop[0])==4)))||(((int)now.iex[1])&&(((int)now.itop[1])==4)))||(((int)now.lex[0])&&(((int)now.lpar[0])==4)))||(((int)now.lex[1])&&(((int)now.lpar[1])==4)))||(((int)now.lex[2])&&(((int)now.lpar[2])==4)))||(((int)now.lex[3])&&(((int)now.lpar[3])==4)))||(((int)now.lex[5])&&(((int)now.lpar[5])==4)))||(((int)now.lex[6])&&(((int)now.lpar[6])==4)))||(((int)now.lex[7])&&(((int)now.lpar[7])==4)))||(((int)now.lex[8])&&(((int)now.lpar[8])==4))))&&((((((((((((( !(((int)now.lex[5]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==5)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==5)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==5)))||(((int)now.iex[0])&&(((int)now.itop[0])==5)))||(((int)now.iex[1])&&(((int)now.itop[1])==5)))||(((int)now.lex[0])&&(((int)now.lpar[0])==5)))||(((int)now.lex[1])&&(((int)now.lpar[1])==5)))||(((int)now.lex[2])&&(((int)now.lpar[2])==5)))||(((int)now.lex[3])&&(((int)now.lpar[3])==5)))||(((int)now.lex[4])&&(((int)now.lpar[4])==5)))||(((int)now.lex[6])&&(((int)now.lpar[6])==5)))||(((int)now.lex[7])&&(((int)now.lpar[7])==5)))||(((int)now.lex[8])&&(((int)now.lpar[8])==5)))))))
			continue;
		/* merge: assert(!(!((((((((((((((((!(lex[3])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))||(iex[0]&&(itop[0]==3)))||(iex[1]&&(itop[1]==3)))||(lex[0]&&(lpar[0]==3)))||(lex[1]&&(lpar[1]==3)))||(lex[2]&&(lpar[2]==3)))||(lex[4]&&(lpar[4]==3)))||(lex[5]&&(lpar[5]==3)))||(lex[6]&&(lpar[6]==3)))||(lex[7]&&(lpar[7]==3)))||(lex[8]&&(lpar[8]==3)))&&(((((((((((((!(lex[4])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))||(iex[0]&&(itop[0]==4)))||(iex[1]&&(itop[1]==4)))||(lex[0]&&(lpar[0]==4)))||(lex[1]&&(lpar[1]==4)))||(lex[2]&&(lpar[2]==4)))||(lex[3]&&(lpar[3]==4)))||(lex[5]&&(lpar[5]==4)))||(lex[6]&&(lpar[6]==4)))||(lex[7]&&(lpar[7]==4)))||(lex[8]&&(lpar[8]==4))))&&(((((((((((((!(lex[5])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))||(iex[0]&&(itop[0]==5)))||(iex[1]&&(itop[1]==5)))||(lex[0]&&(lpar[0]==5)))||(lex[1]&&(lpar[1]==5)))||(lex[2]&&(lpar[2]==5)))||(lex[3]&&(lpar[3]==5)))||(lex[4]&&(lpar[4]==5)))||(lex[6]&&(lpar[6]==5)))||(lex[7]&&(lpar[7]==5)))||(lex[8]&&(lpar[8]==5)))))))(0, 2, 6) */
		reached[7][2] = 1;
		spin_assert( !( !(((((((((((((((( !(((int)now.lex[3]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==3)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==3)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==3)))||(((int)now.iex[0])&&(((int)now.itop[0])==3)))||(((int)now.iex[1])&&(((int)now.itop[1])==3)))||(((int)now.lex[0])&&(((int)now.lpar[0])==3)))||(((int)now.lex[1])&&(((int)now.lpar[1])==3)))||(((int)now.lex[2])&&(((int)now.lpar[2])==3)))||(((int)now.lex[4])&&(((int)now.lpar[4])==3)))||(((int)now.lex[5])&&(((int)now.lpar[5])==3)))||(((int)now.lex[6])&&(((int)now.lpar[6])==3)))||(((int)now.lex[7])&&(((int)now.lpar[7])==3)))||(((int)now.lex[8])&&(((int)now.lpar[8])==3)))&&((((((((((((( !(((int)now.lex[4]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==4)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==4)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==4)))||(((int)now.iex[0])&&(((int)now.itop[0])==4)))||(((int)now.iex[1])&&(((int)now.itop[1])==4)))||(((int)now.lex[0])&&(((int)now.lpar[0])==4)))||(((int)now.lex[1])&&(((int)now.lpar[1])==4)))||(((int)now.lex[2])&&(((int)now.lpar[2])==4)))||(((int)now.lex[3])&&(((int)now.lpar[3])==4)))||(((int)now.lex[5])&&(((int)now.lpar[5])==4)))||(((int)now.lex[6])&&(((int)now.lpar[6])==4)))||(((int)now.lex[7])&&(((int)now.lpar[7])==4)))||(((int)now.lex[8])&&(((int)now.lpar[8])==4))))&&((((((((((((( !(((int)now.lex[5]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==5)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==5)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==5)))||(((int)now.iex[0])&&(((int)now.itop[0])==5)))||(((int)now.iex[1])&&(((int)now.itop[1])==5)))||(((int)now.lex[0])&&(((int)now.lpar[0])==5)))||(((int)now.lex[1])&&(((int)now.lpar[1])==5)))||(((int)now.lex[2])&&(((int)now.lpar[2])==5)))||(((int)now.lex[3])&&(((int)now.lpar[3])==5)))||(((int)now.lex[4])&&(((int)now.lpar[4])==5)))||(((int)now.lex[6])&&(((int)now.lpar[6])==5)))||(((int)now.lex[7])&&(((int)now.lpar[7])==5)))||(((int)now.lex[8])&&(((int)now.lpar[8])==5)))))), " !( !(((((((((((((((( !(lex[3])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))||(iex[0]&&(itop[0]==3)))||(iex[1]&&(itop[1]==3)))||(lex[0]&&(lpar[0]==3)))||(lex[1]&&(lpar[1]==3)))||(lex[2]&&(lpar[2]==3)))||(lex[4]&&(lpar[4]==3)))||(lex[5]&&(lpar[5]==3)))||(lex[6]&&(lpar[6]==3)))||(lex[7]&&(lpar[7]==3)))||(lex[8]&&(lpar[8]==3)))&&((((((((((((( !(lex[4])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))||(iex[0]&&(itop[0]==4)))||(iex[1]&&(itop[1]==4)))||(lex[0]&&(lpar[0]==4)))||(lex[1]&&(lpar[1]==4)))||(lex[2]&&(lpar[2]==4)))||(lex[3]&&(lpar[3]==4)))||(lex[5]&&(lpar[5]==4)))||(lex[6]&&(lpar[6]==4)))||(lex[7]&&(lpar[7]==4)))||(lex[8]&&(lpar[8]==4))))&&((((((((((((( !(lex[5])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))||(iex[0]&&(itop[0]==5)))||(iex[1]&&(itop[1]==5)))||(lex[0]&&(lpar[0]==5)))||(lex[1]&&(lpar[1]==5)))||(lex[2]&&(lpar[2]==5)))||(lex[3]&&(lpar[3]==5)))||(lex[4]&&(lpar[4]==5)))||(lex[6]&&(lpar[6]==5)))||(lex[7]&&(lpar[7]==5)))||(lex[8]&&(lpar[8]==5))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[7][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 12: // STATE 10 - _spin_nvr.tmp:155 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[7][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM unreferenced_layer_deleted_1 */
	case 13: // STATE 1 - _spin_nvr.tmp:141 - [(!((((((((((((((((!(lex[0])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))||(iex[0]&&(itop[0]==0)))||(iex[1]&&(itop[1]==0)))||(lex[1]&&(lpar[1]==0)))||(lex[2]&&(lpar[2]==0)))||(lex[3]&&(lpar[3]==0)))||(lex[4]&&(lpar[4]==0)))||(lex[5]&&(lpar[5]==0)))||(lex[6]&&(lpar[6]==0)))||(lex[7]&&(lpar[7]==0)))||(lex[8]&&(lpar[8]==0)))&&(((((((((((((!(lex[1])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))||(iex[0]&&(itop[0]==1)))||(iex[1]&&(itop[1]==1)))||(lex[0]&&(lpar[0]==1)))||(lex[2]&&(lpar[2]==1)))||(lex[3]&&(lpar[3]==1)))||(lex[4]&&(lpar[4]==1)))||(lex[5]&&(lpar[5]==1)))||(lex[6]&&(lpar[6]==1)))||(lex[7]&&(lpar[7]==1)))||(lex[8]&&(lpar[8]==1))))&&(((((((((((((!(lex[2])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))||(iex[0]&&(itop[0]==2)))||(iex[1]&&(itop[1]==2)))||(lex[0]&&(lpar[0]==2)))||(lex[1]&&(lpar[1]==2)))||(lex[3]&&(lpar[3]==2)))||(lex[4]&&(lpar[4]==2)))||(lex[5]&&(lpar[5]==2)))||(lex[6]&&(lpar[6]==2)))||(lex[7]&&(lpar[7]==2)))||(lex[8]&&(lpar[8]==2))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[6][1] = 1;
		if (!( !(((((((((((((((( !(((int)now.lex[0]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==0)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==0)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==0)))||(((int)now.iex[0])&&(((int)now.itop[0])==0)))||(((int)now.iex[1])&&(((int)now.itop[1])==0)))||(((int)now.lex[1])&&(((int)now.lpar[1])==0)))||(((int)now.lex[2])&&(((int)now.lpar[2])==0)))||(((int)now.lex[3])&&(((int)now.lpar[3])==0)))||(((int)now.lex[4])&&(((int)now.lpar[4])==0)))||(((int)now.lex[5])&&(((int)now.lpar[5])==0)))||(((int)now.lex[6])&&(((int)now.lpar[6])==0)))||(((int)now.lex[7])&&(((int)now.lpar[7])==0)))||(((int)now.lex[8])&&(((int)now.lpar[8])==0)))&&((((((((((((( !(((int)now.lex[1]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==1)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==1)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==1)))||(((int)now.iex[0])&&(((int)now.itop[0])==1)))||(((int)now.iex[1])&&(((int)now.itop[1])==1)))||(((int)now.lex[0])&&(((int)now.lpar[0])==1)))||(((int)now.lex[2])&&(((int)now.lpar[2])==1)))||(((int)now.lex[3])&&(((int)now.lpar[3])==1)))||(((int)now.lex[4])&&(((int)now.lpar[4])==1)))||(((int)now.lex[5])&&(((int)now.lpar[5])==1)))||(((int)now.lex[6])&&(((int)now.lpar[6])==1)))||(((int)now.lex[7])&&(((int)now.lpar[7])==1)))||(((int)now.lex[8])&&(((int)now.lpar[8])==1))))&&((((((((((((( !(((int)now.lex[2]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==2)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==2)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==2)))||(((int)now.iex[0])&&(((int)now.itop[0])==2)))||(((int)now.iex[1])&&(((int)now.itop[1])==2)))||(((int)now.lex[0])&&(((int)now.lpar[0])==2)))||(((int)now.lex[1])&&(((int)now.lpar[1])==2)))||(((int)now.lex[3])&&(((int)now.lpar[3])==2)))||(((int)now.lex[4])&&(((int)now.lpar[4])==2)))||(((int)now.lex[5])&&(((int)now.lpar[5])==2)))||(((int)now.lex[6])&&(((int)now.lpar[6])==2)))||(((int)now.lex[7])&&(((int)now.lpar[7])==2)))||(((int)now.lex[8])&&(((int)now.lpar[8])==2)))))))
			continue;
		/* merge: assert(!(!((((((((((((((((!(lex[0])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))||(iex[0]&&(itop[0]==0)))||(iex[1]&&(itop[1]==0)))||(lex[1]&&(lpar[1]==0)))||(lex[2]&&(lpar[2]==0)))||(lex[3]&&(lpar[3]==0)))||(lex[4]&&(lpar[4]==0)))||(lex[5]&&(lpar[5]==0)))||(lex[6]&&(lpar[6]==0)))||(lex[7]&&(lpar[7]==0)))||(lex[8]&&(lpar[8]==0)))&&(((((((((((((!(lex[1])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))||(iex[0]&&(itop[0]==1)))||(iex[1]&&(itop[1]==1)))||(lex[0]&&(lpar[0]==1)))||(lex[2]&&(lpar[2]==1)))||(lex[3]&&(lpar[3]==1)))||(lex[4]&&(lpar[4]==1)))||(lex[5]&&(lpar[5]==1)))||(lex[6]&&(lpar[6]==1)))||(lex[7]&&(lpar[7]==1)))||(lex[8]&&(lpar[8]==1))))&&(((((((((((((!(lex[2])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))||(iex[0]&&(itop[0]==2)))||(iex[1]&&(itop[1]==2)))||(lex[0]&&(lpar[0]==2)))||(lex[1]&&(lpar[1]==2)))||(lex[3]&&(lpar[3]==2)))||(lex[4]&&(lpar[4]==2)))||(lex[5]&&(lpar[5]==2)))||(lex[6]&&(lpar[6]==2)))||(lex[7]&&(lpar[7]==2)))||(lex[8]&&(lpar[8]==2)))))))(0, 2, 6) */
		reached[6][2] = 1;
		spin_assert( !( !(((((((((((((((( !(((int)now.lex[0]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==0)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==0)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==0)))||(((int)now.iex[0])&&(((int)now.itop[0])==0)))||(((int)now.iex[1])&&(((int)now.itop[1])==0)))||(((int)now.lex[1])&&(((int)now.lpar[1])==0)))||(((int)now.lex[2])&&(((int)now.lpar[2])==0)))||(((int)now.lex[3])&&(((int)now.lpar[3])==0)))||(((int)now.lex[4])&&(((int)now.lpar[4])==0)))||(((int)now.lex[5])&&(((int)now.lpar[5])==0)))||(((int)now.lex[6])&&(((int)now.lpar[6])==0)))||(((int)now.lex[7])&&(((int)now.lpar[7])==0)))||(((int)now.lex[8])&&(((int)now.lpar[8])==0)))&&((((((((((((( !(((int)now.lex[1]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==1)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==1)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==1)))||(((int)now.iex[0])&&(((int)now.itop[0])==1)))||(((int)now.iex[1])&&(((int)now.itop[1])==1)))||(((int)now.lex[0])&&(((int)now.lpar[0])==1)))||(((int)now.lex[2])&&(((int)now.lpar[2])==1)))||(((int)now.lex[3])&&(((int)now.lpar[3])==1)))||(((int)now.lex[4])&&(((int)now.lpar[4])==1)))||(((int)now.lex[5])&&(((int)now.lpar[5])==1)))||(((int)now.lex[6])&&(((int)now.lpar[6])==1)))||(((int)now.lex[7])&&(((int)now.lpar[7])==1)))||(((int)now.lex[8])&&(((int)now.lpar[8])==1))))&&((((((((((((( !(((int)now.lex[2]))||(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==2)))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==2)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==2)))||(((int)now.iex[0])&&(((int)now.itop[0])==2)))||(((int)now.iex[1])&&(((int)now.itop[1])==2)))||(((int)now.lex[0])&&(((int)now.lpar[0])==2)))||(((int)now.lex[1])&&(((int)now.lpar[1])==2)))||(((int)now.lex[3])&&(((int)now.lpar[3])==2)))||(((int)now.lex[4])&&(((int)now.lpar[4])==2)))||(((int)now.lex[5])&&(((int)now.lpar[5])==2)))||(((int)now.lex[6])&&(((int)now.lpar[6])==2)))||(((int)now.lex[7])&&(((int)now.lpar[7])==2)))||(((int)now.lex[8])&&(((int)now.lpar[8])==2)))))), " !( !(((((((((((((((( !(lex[0])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))||(iex[0]&&(itop[0]==0)))||(iex[1]&&(itop[1]==0)))||(lex[1]&&(lpar[1]==0)))||(lex[2]&&(lpar[2]==0)))||(lex[3]&&(lpar[3]==0)))||(lex[4]&&(lpar[4]==0)))||(lex[5]&&(lpar[5]==0)))||(lex[6]&&(lpar[6]==0)))||(lex[7]&&(lpar[7]==0)))||(lex[8]&&(lpar[8]==0)))&&((((((((((((( !(lex[1])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))||(iex[0]&&(itop[0]==1)))||(iex[1]&&(itop[1]==1)))||(lex[0]&&(lpar[0]==1)))||(lex[2]&&(lpar[2]==1)))||(lex[3]&&(lpar[3]==1)))||(lex[4]&&(lpar[4]==1)))||(lex[5]&&(lpar[5]==1)))||(lex[6]&&(lpar[6]==1)))||(lex[7]&&(lpar[7]==1)))||(lex[8]&&(lpar[8]==1))))&&((((((((((((( !(lex[2])||(((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2)))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))||(iex[0]&&(itop[0]==2)))||(iex[1]&&(itop[1]==2)))||(lex[0]&&(lpar[0]==2)))||(lex[1]&&(lpar[1]==2)))||(lex[3]&&(lpar[3]==2)))||(lex[4]&&(lpar[4]==2)))||(lex[5]&&(lpar[5]==2)))||(lex[6]&&(lpar[6]==2)))||(lex[7]&&(lpar[7]==2)))||(lex[8]&&(lpar[8]==2))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[6][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 14: // STATE 10 - _spin_nvr.tmp:146 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[6][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM deleted_layer_unreferenced_3 */
	case 15: // STATE 1 - _spin_nvr.tmp:132 - [(!((((lex[6]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))||(iex[0]&&(itop[0]==6)))||(iex[1]&&(itop[1]==6)))||(lex[0]&&(lpar[0]==6)))||(lex[1]&&(lpar[1]==6)))||(lex[2]&&(lpar[2]==6)))||(lex[3]&&(lpar[3]==6)))||(lex[4]&&(lpar[4]==6)))||(lex[5]&&(lpar[5]==6)))||(lex[7]&&(lpar[7]==6)))||(lex[8]&&(lpar[8]==6)))))&&(lex[7]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))||(iex[0]&&(itop[0]==7)))||(iex[1]&&(itop[1]==7)))||(lex[0]&&(lpar[0]==7)))||(lex[1]&&(lpar[1]==7)))||(lex[2]&&(lpar[2]==7)))||(lex[3]&&(lpar[3]==7)))||(lex[4]&&(lpar[4]==7)))||(lex[5]&&(lpar[5]==7)))||(lex[6]&&(lpar[6]==7)))||(lex[8]&&(lpar[8]==7))))))&&(lex[8]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))||(iex[0]&&(itop[0]==8)))||(iex[1]&&(itop[1]==8)))||(lex[0]&&(lpar[0]==8)))||(lex[1]&&(lpar[1]==8)))||(lex[2]&&(lpar[2]==8)))||(lex[3]&&(lpar[3]==8)))||(lex[4]&&(lpar[4]==8)))||(lex[5]&&(lpar[5]==8)))||(lex[6]&&(lpar[6]==8)))||(lex[7]&&(lpar[7]==8))))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[5][1] = 1;
		if (!( !((((((int)now.lex[6])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==6))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==6)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==6)))||(((int)now.iex[0])&&(((int)now.itop[0])==6)))||(((int)now.iex[1])&&(((int)now.itop[1])==6)))||(((int)now.lex[0])&&(((int)now.lpar[0])==6)))||(((int)now.lex[1])&&(((int)now.lpar[1])==6)))||(((int)now.lex[2])&&(((int)now.lpar[2])==6)))||(((int)now.lex[3])&&(((int)now.lpar[3])==6)))||(((int)now.lex[4])&&(((int)now.lpar[4])==6)))||(((int)now.lex[5])&&(((int)now.lpar[5])==6)))||(((int)now.lex[7])&&(((int)now.lpar[7])==6)))||(((int)now.lex[8])&&(((int)now.lpar[8])==6)))))&&(((int)now.lex[7])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==7))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==7)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==7)))||(((int)now.iex[0])&&(((int)now.itop[0])==7)))||(((int)now.iex[1])&&(((int)now.itop[1])==7)))||(((int)now.lex[0])&&(((int)now.lpar[0])==7)))||(((int)now.lex[1])&&(((int)now.lpar[1])==7)))||(((int)now.lex[2])&&(((int)now.lpar[2])==7)))||(((int)now.lex[3])&&(((int)now.lpar[3])==7)))||(((int)now.lex[4])&&(((int)now.lpar[4])==7)))||(((int)now.lex[5])&&(((int)now.lpar[5])==7)))||(((int)now.lex[6])&&(((int)now.lpar[6])==7)))||(((int)now.lex[8])&&(((int)now.lpar[8])==7))))))&&(((int)now.lex[8])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==8))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==8)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==8)))||(((int)now.iex[0])&&(((int)now.itop[0])==8)))||(((int)now.iex[1])&&(((int)now.itop[1])==8)))||(((int)now.lex[0])&&(((int)now.lpar[0])==8)))||(((int)now.lex[1])&&(((int)now.lpar[1])==8)))||(((int)now.lex[2])&&(((int)now.lpar[2])==8)))||(((int)now.lex[3])&&(((int)now.lpar[3])==8)))||(((int)now.lex[4])&&(((int)now.lpar[4])==8)))||(((int)now.lex[5])&&(((int)now.lpar[5])==8)))||(((int)now.lex[6])&&(((int)now.lpar[6])==8)))||(((int)now.lex[7])&&(((int)now.lpar[7])==8)))))))))
			continue;
		/* merge: assert(!(!((((lex[6]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))||(iex[0]&&(itop[0]==6)))||(iex[1]&&(itop[1]==6)))||(lex[0]&&(lpar[0]==6)))||(lex[1]&&(lpar[1]==6)))||(lex[2]&&(lpar[2]==6)))||(lex[3]&&(lpar[3]==6)))||(lex[4]&&(lpar[4]==6)))||(lex[5]&&(lpar[5]==6)))||(lex[7]&&(lpar[7]==6)))||(lex[8]&&(lpar[8]==6)))))&&(lex[7]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))||(iex[0]&&(itop[0]==7)))||(iex[1]&&(itop[1]==7)))||(lex[0]&&(lpar[0]==7)))||(lex[1]&&(lpar[1]==7)))||(lex[2]&&(lpar[2]==7)))||(lex[3]&&(lpar[3]==7)))||(lex[4]&&(lpar[4]==7)))||(lex[5]&&(lpar[5]==7)))||(lex[6]&&(lpar[6]==7)))||(lex[8]&&(lpar[8]==7))))))&&(lex[8]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))||(iex[0]&&(itop[0]==8)))||(iex[1]&&(itop[1]==8)))||(lex[0]&&(lpar[0]==8)))||(lex[1]&&(lpar[1]==8)))||(lex[2]&&(lpar[2]==8)))||(lex[3]&&(lpar[3]==8)))||(lex[4]&&(lpar[4]==8)))||(lex[5]&&(lpar[5]==8)))||(lex[6]&&(lpar[6]==8)))||(lex[7]&&(lpar[7]==8)))))))))(0, 2, 6) */
		reached[5][2] = 1;
		spin_assert( !( !((((((int)now.lex[6])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==6))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==6)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==6)))||(((int)now.iex[0])&&(((int)now.itop[0])==6)))||(((int)now.iex[1])&&(((int)now.itop[1])==6)))||(((int)now.lex[0])&&(((int)now.lpar[0])==6)))||(((int)now.lex[1])&&(((int)now.lpar[1])==6)))||(((int)now.lex[2])&&(((int)now.lpar[2])==6)))||(((int)now.lex[3])&&(((int)now.lpar[3])==6)))||(((int)now.lex[4])&&(((int)now.lpar[4])==6)))||(((int)now.lex[5])&&(((int)now.lpar[5])==6)))||(((int)now.lex[7])&&(((int)now.lpar[7])==6)))||(((int)now.lex[8])&&(((int)now.lpar[8])==6)))))&&(((int)now.lex[7])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==7))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==7)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==7)))||(((int)now.iex[0])&&(((int)now.itop[0])==7)))||(((int)now.iex[1])&&(((int)now.itop[1])==7)))||(((int)now.lex[0])&&(((int)now.lpar[0])==7)))||(((int)now.lex[1])&&(((int)now.lpar[1])==7)))||(((int)now.lex[2])&&(((int)now.lpar[2])==7)))||(((int)now.lex[3])&&(((int)now.lpar[3])==7)))||(((int)now.lex[4])&&(((int)now.lpar[4])==7)))||(((int)now.lex[5])&&(((int)now.lpar[5])==7)))||(((int)now.lex[6])&&(((int)now.lpar[6])==7)))||(((int)now.lex[8])&&(((int)now.lpar[8])==7))))))&&(((int)now.lex[8])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==8))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==8)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==8)))||(((int)now.iex[0])&&(((int)now.itop[0])==8)))||(((int)now.iex[1])&&(((int)now.itop[1])==8)))||(((int)now.lex[0])&&(((int)now.lpar[0])==8)))||(((int)now.lex[1])&&(((int)now.lpar[1])==8)))||(((int)now.lex[2])&&(((int)now.lpar[2])==8)))||(((int)now.lex[3])&&(((int)now.lpar[3])==8)))||(((int)now.lex[4])&&(((int)now.lpar[4])==8)))||(((int)now.lex[5])&&(((int)now.lpar[5])==8)))||(((int)now.lex[6])&&(((int)now.lpar[6])==8)))||(((int)now.lex[7])&&(((int)now.lpar[7])==8)))))))), " !( !((((lex[6]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==6))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==6)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==6)))||(iex[0]&&(itop[0]==6)))||(iex[1]&&(itop[1]==6)))||(lex[0]&&(lpar[0]==6)))||(lex[1]&&(lpar[1]==6)))||(lex[2]&&(lpar[2]==6)))||(lex[3]&&(lpar[3]==6)))||(lex[4]&&(lpar[4]==6)))||(lex[5]&&(lpar[5]==6)))||(lex[7]&&(lpar[7]==6)))||(lex[8]&&(lpar[8]==6)))))&&(lex[7]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==7))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==7)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==7)))||(iex[0]&&(itop[0]==7)))||(iex[1]&&(itop[1]==7)))||(lex[0]&&(lpar[0]==7)))||(lex[1]&&(lpar[1]==7)))||(lex[2]&&(lpar[2]==7)))||(lex[3]&&(lpar[3]==7)))||(lex[4]&&(lpar[4]==7)))||(lex[5]&&(lpar[5]==7)))||(lex[6]&&(lpar[6]==7)))||(lex[8]&&(lpar[8]==7))))))&&(lex[8]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==8))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==8)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==8)))||(iex[0]&&(itop[0]==8)))||(iex[1]&&(itop[1]==8)))||(lex[0]&&(lpar[0]==8)))||(lex[1]&&(lpar[1]==8)))||(lex[2]&&(lpar[2]==8)))||(lex[3]&&(lpar[3]==8)))||(lex[4]&&(lpar[4]==8)))||(lex[5]&&(lpar[5]==8)))||(lex[6]&&(lpar[6]==8)))||(lex[7]&&(lpar[7]==8))))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[5][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 16: // STATE 10 - _spin_nvr.tmp:137 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[5][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM deleted_layer_unreferenced_2 */
	case 17: // STATE 1 - _spin_nvr.tmp:123 - [(!((((lex[3]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))||(iex[0]&&(itop[0]==3)))||(iex[1]&&(itop[1]==3)))||(lex[0]&&(lpar[0]==3)))||(lex[1]&&(lpar[1]==3)))||(lex[2]&&(lpar[2]==3)))||(lex[4]&&(lpar[4]==3)))||(lex[5]&&(lpar[5]==3)))||(lex[6]&&(lpar[6]==3)))||(lex[7]&&(lpar[7]==3)))||(lex[8]&&(lpar[8]==3)))))&&(lex[4]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))||(iex[0]&&(itop[0]==4)))||(iex[1]&&(itop[1]==4)))||(lex[0]&&(lpar[0]==4)))||(lex[1]&&(lpar[1]==4)))||(lex[2]&&(lpar[2]==4)))||(lex[3]&&(lpar[3]==4)))||(lex[5]&&(lpar[5]==4)))||(lex[6]&&(lpar[6]==4)))||(lex[7]&&(lpar[7]==4)))||(lex[8]&&(lpar[8]==4))))))&&(lex[5]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))||(iex[0]&&(itop[0]==5)))||(iex[1]&&(itop[1]==5)))||(lex[0]&&(lpar[0]==5)))||(lex[1]&&(lpar[1]==5)))||(lex[2]&&(lpar[2]==5)))||(lex[3]&&(lpar[3]==5)))||(lex[4]&&(lpar[4]==5)))||(lex[6]&&(lpar[6]==5)))||(lex[7]&&(lpar[7]==5)))||(lex[8]&&(lpar[8]==5))))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[4][1] = 1;
		if (!( !((((((int)now.lex[3])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==3))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==3)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==3)))||(((int)now.iex[0])&&(((int)now.itop[0])==3)))||(((int)now.iex[1])&&(((int)now.itop[1])==3)))||(((int)now.lex[0])&&(((int)now.lpar[0])==3)))||(((int)now.lex[1])&&(((int)now.lpar[1])==3)))||(((int)now.lex[2])&&(((int)now.lpar[2])==3)))||(((int)now.lex[4])&&(((int)now.lpar[4])==3)))||(((int)now.lex[5])&&(((int)now.lpar[5])==3)))||(((int)now.lex[6])&&(((int)now.lpar[6])==3)))||(((int)now.lex[7])&&(((int)now.lpar[7])==3)))||(((int)now.lex[8])&&(((int)now.lpar[8])==3)))))&&(((int)now.lex[4])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==4))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==4)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==4)))||(((int)now.iex[0])&&(((int)now.itop[0])==4)))||(((int)now.iex[1])&&(((int)now.itop[1])==4)))||(((int)now.lex[0])&&(((int)now.lpar[0])==4)))||(((int)now.lex[1])&&(((int)now.lpar[1])==4)))||(((int)now.lex[2])&&(((int)now.lpar[2])==4)))||(((int)now.lex[3])&&(((int)now.lpar[3])==4)))||(((int)now.lex[5])&&(((int)now.lpar[5])==4)))||(((int)now.lex[6])&&(((int)now.lpar[6])==4)))||(((int)now.lex[7])&&(((int)now.lpar[7])==4)))||(((int)now.lex[8])&&(((int)now.lpar[8])==4))))))&&(((int)now.lex[5])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==5))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==5)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==5)))||(((int)now.iex[0])&&(((int)now.itop[0])==5)))||(((int)now.iex[1])&&(((int)now.itop[1])==5)))||(((int)now.lex[0])&&(((int)now.lpar[0])==5)))||(((int)now.lex[1])&&(((int)now.lpar[1])==5)))||(((int)now.lex[2])&&(((int)now.lpar[2])==5)))||(((int)now.lex[3])&&(((int)now.lpar[3])==5)))||(((int)now.lex[4])&&(((int)now.lpar[4])==5)))||(((int)now.lex[6])&&(((int)now.lpar[6])==5)))||(((int)now.lex[7])&&(((int)now.lpar[7])==5)))||(((int)now.lex[8])&&(((int)now.lpar[8])==5)))))))))
			continue;
		/* merge: assert(!(!((((lex[3]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))||(iex[0]&&(itop[0]==3)))||(iex[1]&&(itop[1]==3)))||(lex[0]&&(lpar[0]==3)))||(lex[1]&&(lpar[1]==3)))||(lex[2]&&(lpar[2]==3)))||(lex[4]&&(lpar[4]==3)))||(lex[5]&&(lpar[5]==3)))||(lex[6]&&(lpar[6]==3)))||(lex[7]&&(lpar[7]==3)))||(lex[8]&&(lpar[8]==3)))))&&(lex[4]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))||(iex[0]&&(itop[0]==4)))||(iex[1]&&(itop[1]==4)))||(lex[0]&&(lpar[0]==4)))||(lex[1]&&(lpar[1]==4)))||(lex[2]&&(lpar[2]==4)))||(lex[3]&&(lpar[3]==4)))||(lex[5]&&(lpar[5]==4)))||(lex[6]&&(lpar[6]==4)))||(lex[7]&&(lpar[7]==4)))||(lex[8]&&(lpar[8]==4))))))&&(lex[5]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))||(iex[0]&&(itop[0]==5)))||(iex[1]&&(itop[1]==5)))||(lex[0]&&(lpar[0]==5)))||(lex[1]&&(lpar[1]==5)))||(lex[2]&&(lpar[2]==5)))||(lex[3]&&(lpar[3]==5)))||(lex[4]&&(lpar[4]==5)))||(lex[6]&&(lpar[6]==5)))||(lex[7]&&(lpar[7]==5)))||(lex[8]&&(lpar[8]==5)))))))))(0, 2, 6) */
		reached[4][2] = 1;
		spin_assert( !( !((((((int)now.lex[3])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==3))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==3)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==3)))||(((int)now.iex[0])&&(((int)now.itop[0])==3)))||(((int)now.iex[1])&&(((int)now.itop[1])==3)))||(((int)now.lex[0])&&(((int)now.lpar[0])==3)))||(((int)now.lex[1])&&(((int)now.lpar[1])==3)))||(((int)now.lex[2])&&(((int)now.lpar[2])==3)))||(((int)now.lex[4])&&(((int)now.lpar[4])==3)))||(((int)now.lex[5])&&(((int)now.lpar[5])==3)))||(((int)now.lex[6])&&(((int)now.lpar[6])==3)))||(((int)now.lex[7])&&(((int)now.lpar[7])==3)))||(((int)now.lex[8])&&(((int)now.lpar[8])==3)))))&&(((int)now.lex[4])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==4))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==4)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==4)))||(((int)now.iex[0])&&(((int)now.itop[0])==4)))||(((int)now.iex[1])&&(((int)now.itop[1])==4)))||(((int)now.lex[0])&&(((int)now.lpar[0])==4)))||(((int)now.lex[1])&&(((int)now.lpar[1])==4)))||(((int)now.lex[2])&&(((int)now.lpar[2])==4)))||(((int)now.lex[3])&&(((int)now.lpar[3])==4)))||(((int)now.lex[5])&&(((int)now.lpar[5])==4)))||(((int)now.lex[6])&&(((int)now.lpar[6])==4)))||(((int)now.lex[7])&&(((int)now.lpar[7])==4)))||(((int)now.lex[8])&&(((int)now.lpar[8])==4))))))&&(((int)now.lex[5])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==5))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==5)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==5)))||(((int)now.iex[0])&&(((int)now.itop[0])==5)))||(((int)now.iex[1])&&(((int)now.itop[1])==5)))||(((int)now.lex[0])&&(((int)now.lpar[0])==5)))||(((int)now.lex[1])&&(((int)now.lpar[1])==5)))||(((int)now.lex[2])&&(((int)now.lpar[2])==5)))||(((int)now.lex[3])&&(((int)now.lpar[3])==5)))||(((int)now.lex[4])&&(((int)now.lpar[4])==5)))||(((int)now.lex[6])&&(((int)now.lpar[6])==5)))||(((int)now.lex[7])&&(((int)now.lpar[7])==5)))||(((int)now.lex[8])&&(((int)now.lpar[8])==5)))))))), " !( !((((lex[3]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==3))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==3)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==3)))||(iex[0]&&(itop[0]==3)))||(iex[1]&&(itop[1]==3)))||(lex[0]&&(lpar[0]==3)))||(lex[1]&&(lpar[1]==3)))||(lex[2]&&(lpar[2]==3)))||(lex[4]&&(lpar[4]==3)))||(lex[5]&&(lpar[5]==3)))||(lex[6]&&(lpar[6]==3)))||(lex[7]&&(lpar[7]==3)))||(lex[8]&&(lpar[8]==3)))))&&(lex[4]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==4))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==4)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==4)))||(iex[0]&&(itop[0]==4)))||(iex[1]&&(itop[1]==4)))||(lex[0]&&(lpar[0]==4)))||(lex[1]&&(lpar[1]==4)))||(lex[2]&&(lpar[2]==4)))||(lex[3]&&(lpar[3]==4)))||(lex[5]&&(lpar[5]==4)))||(lex[6]&&(lpar[6]==4)))||(lex[7]&&(lpar[7]==4)))||(lex[8]&&(lpar[8]==4))))))&&(lex[5]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==5))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==5)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==5)))||(iex[0]&&(itop[0]==5)))||(iex[1]&&(itop[1]==5)))||(lex[0]&&(lpar[0]==5)))||(lex[1]&&(lpar[1]==5)))||(lex[2]&&(lpar[2]==5)))||(lex[3]&&(lpar[3]==5)))||(lex[4]&&(lpar[4]==5)))||(lex[6]&&(lpar[6]==5)))||(lex[7]&&(lpar[7]==5)))||(lex[8]&&(lpar[8]==5))))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[4][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 18: // STATE 10 - _spin_nvr.tmp:128 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[4][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM deleted_layer_unreferenced_1 */
	case 19: // STATE 1 - _spin_nvr.tmp:114 - [(!((((lex[0]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))||(iex[0]&&(itop[0]==0)))||(iex[1]&&(itop[1]==0)))||(lex[1]&&(lpar[1]==0)))||(lex[2]&&(lpar[2]==0)))||(lex[3]&&(lpar[3]==0)))||(lex[4]&&(lpar[4]==0)))||(lex[5]&&(lpar[5]==0)))||(lex[6]&&(lpar[6]==0)))||(lex[7]&&(lpar[7]==0)))||(lex[8]&&(lpar[8]==0)))))&&(lex[1]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))||(iex[0]&&(itop[0]==1)))||(iex[1]&&(itop[1]==1)))||(lex[0]&&(lpar[0]==1)))||(lex[2]&&(lpar[2]==1)))||(lex[3]&&(lpar[3]==1)))||(lex[4]&&(lpar[4]==1)))||(lex[5]&&(lpar[5]==1)))||(lex[6]&&(lpar[6]==1)))||(lex[7]&&(lpar[7]==1)))||(lex[8]&&(lpar[8]==1))))))&&(lex[2]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))||(iex[0]&&(itop[0]==2)))||(iex[1]&&(itop[1]==2)))||(lex[0]&&(lpar[0]==2)))||(lex[1]&&(lpar[1]==2)))||(lex[3]&&(lpar[3]==2)))||(lex[4]&&(lpar[4]==2)))||(lex[5]&&(lpar[5]==2)))||(lex[6]&&(lpar[6]==2)))||(lex[7]&&(lpar[7]==2)))||(lex[8]&&(lpar[8]==2))))))))] (6:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[3][1] = 1;
		if (!( !((((((int)now.lex[0])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==0))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==0)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==0)))||(((int)now.iex[0])&&(((int)now.itop[0])==0)))||(((int)now.iex[1])&&(((int)now.itop[1])==0)))||(((int)now.lex[1])&&(((int)now.lpar[1])==0)))||(((int)now.lex[2])&&(((int)now.lpar[2])==0)))||(((int)now.lex[3])&&(((int)now.lpar[3])==0)))||(((int)now.lex[4])&&(((int)now.lpar[4])==0)))||(((int)now.lex[5])&&(((int)now.lpar[5])==0)))||(((int)now.lex[6])&&(((int)now.lpar[6])==0)))||(((int)now.lex[7])&&(((int)now.lpar[7])==0)))||(((int)now.lex[8])&&(((int)now.lpar[8])==0)))))&&(((int)now.lex[1])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==1))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==1)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==1)))||(((int)now.iex[0])&&(((int)now.itop[0])==1)))||(((int)now.iex[1])&&(((int)now.itop[1])==1)))||(((int)now.lex[0])&&(((int)now.lpar[0])==1)))||(((int)now.lex[2])&&(((int)now.lpar[2])==1)))||(((int)now.lex[3])&&(((int)now.lpar[3])==1)))||(((int)now.lex[4])&&(((int)now.lpar[4])==1)))||(((int)now.lex[5])&&(((int)now.lpar[5])==1)))||(((int)now.lex[6])&&(((int)now.lpar[6])==1)))||(((int)now.lex[7])&&(((int)now.lpar[7])==1)))||(((int)now.lex[8])&&(((int)now.lpar[8])==1))))))&&(((int)now.lex[2])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==2))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==2)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==2)))||(((int)now.iex[0])&&(((int)now.itop[0])==2)))||(((int)now.iex[1])&&(((int)now.itop[1])==2)))||(((int)now.lex[0])&&(((int)now.lpar[0])==2)))||(((int)now.lex[1])&&(((int)now.lpar[1])==2)))||(((int)now.lex[3])&&(((int)now.lpar[3])==2)))||(((int)now.lex[4])&&(((int)now.lpar[4])==2)))||(((int)now.lex[5])&&(((int)now.lpar[5])==2)))||(((int)now.lex[6])&&(((int)now.lpar[6])==2)))||(((int)now.lex[7])&&(((int)now.lpar[7])==2)))||(((int)now.lex[8])&&(((int)now.lpar[8])==2)))))))))
			continue;
		/* merge: assert(!(!((((lex[0]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))||(iex[0]&&(itop[0]==0)))||(iex[1]&&(itop[1]==0)))||(lex[1]&&(lpar[1]==0)))||(lex[2]&&(lpar[2]==0)))||(lex[3]&&(lpar[3]==0)))||(lex[4]&&(lpar[4]==0)))||(lex[5]&&(lpar[5]==0)))||(lex[6]&&(lpar[6]==0)))||(lex[7]&&(lpar[7]==0)))||(lex[8]&&(lpar[8]==0)))))&&(lex[1]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))||(iex[0]&&(itop[0]==1)))||(iex[1]&&(itop[1]==1)))||(lex[0]&&(lpar[0]==1)))||(lex[2]&&(lpar[2]==1)))||(lex[3]&&(lpar[3]==1)))||(lex[4]&&(lpar[4]==1)))||(lex[5]&&(lpar[5]==1)))||(lex[6]&&(lpar[6]==1)))||(lex[7]&&(lpar[7]==1)))||(lex[8]&&(lpar[8]==1))))))&&(lex[2]||!((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))||(iex[0]&&(itop[0]==2)))||(iex[1]&&(itop[1]==2)))||(lex[0]&&(lpar[0]==2)))||(lex[1]&&(lpar[1]==2)))||(lex[3]&&(lpar[3]==2)))||(lex[4]&&(lpar[4]==2)))||(lex[5]&&(lpar[5]==2)))||(lex[6]&&(lpar[6]==2)))||(lex[7]&&(lpar[7]==2)))||(lex[8]&&(lpar[8]==2)))))))))(0, 2, 6) */
		reached[3][2] = 1;
		spin_assert( !( !((((((int)now.lex[0])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==0))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==0)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==0)))||(((int)now.iex[0])&&(((int)now.itop[0])==0)))||(((int)now.iex[1])&&(((int)now.itop[1])==0)))||(((int)now.lex[1])&&(((int)now.lpar[1])==0)))||(((int)now.lex[2])&&(((int)now.lpar[2])==0)))||(((int)now.lex[3])&&(((int)now.lpar[3])==0)))||(((int)now.lex[4])&&(((int)now.lpar[4])==0)))||(((int)now.lex[5])&&(((int)now.lpar[5])==0)))||(((int)now.lex[6])&&(((int)now.lpar[6])==0)))||(((int)now.lex[7])&&(((int)now.lpar[7])==0)))||(((int)now.lex[8])&&(((int)now.lpar[8])==0)))))&&(((int)now.lex[1])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==1))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==1)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==1)))||(((int)now.iex[0])&&(((int)now.itop[0])==1)))||(((int)now.iex[1])&&(((int)now.itop[1])==1)))||(((int)now.lex[0])&&(((int)now.lpar[0])==1)))||(((int)now.lex[2])&&(((int)now.lpar[2])==1)))||(((int)now.lex[3])&&(((int)now.lpar[3])==1)))||(((int)now.lex[4])&&(((int)now.lpar[4])==1)))||(((int)now.lex[5])&&(((int)now.lpar[5])==1)))||(((int)now.lex[6])&&(((int)now.lpar[6])==1)))||(((int)now.lex[7])&&(((int)now.lpar[7])==1)))||(((int)now.lex[8])&&(((int)now.lpar[8])==1))))))&&(((int)now.lex[2])|| !((((((((((((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.lay[0])==2))||(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.lay[1])==2)))||(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.lay[2])==2)))||(((int)now.iex[0])&&(((int)now.itop[0])==2)))||(((int)now.iex[1])&&(((int)now.itop[1])==2)))||(((int)now.lex[0])&&(((int)now.lpar[0])==2)))||(((int)now.lex[1])&&(((int)now.lpar[1])==2)))||(((int)now.lex[3])&&(((int)now.lpar[3])==2)))||(((int)now.lex[4])&&(((int)now.lpar[4])==2)))||(((int)now.lex[5])&&(((int)now.lpar[5])==2)))||(((int)now.lex[6])&&(((int)now.lpar[6])==2)))||(((int)now.lex[7])&&(((int)now.lpar[7])==2)))||(((int)now.lex[8])&&(((int)now.lpar[8])==2)))))))), " !( !((((lex[0]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==0))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==0)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==0)))||(iex[0]&&(itop[0]==0)))||(iex[1]&&(itop[1]==0)))||(lex[1]&&(lpar[1]==0)))||(lex[2]&&(lpar[2]==0)))||(lex[3]&&(lpar[3]==0)))||(lex[4]&&(lpar[4]==0)))||(lex[5]&&(lpar[5]==0)))||(lex[6]&&(lpar[6]==0)))||(lex[7]&&(lpar[7]==0)))||(lex[8]&&(lpar[8]==0)))))&&(lex[1]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==1))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==1)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==1)))||(iex[0]&&(itop[0]==1)))||(iex[1]&&(itop[1]==1)))||(lex[0]&&(lpar[0]==1)))||(lex[2]&&(lpar[2]==1)))||(lex[3]&&(lpar[3]==1)))||(lex[4]&&(lpar[4]==1)))||(lex[5]&&(lpar[5]==1)))||(lex[6]&&(lpar[6]==1)))||(lex[7]&&(lpar[7]==1)))||(lex[8]&&(lpar[8]==1))))))&&(lex[2]|| !((((((((((((((((st[0]!=0)&&(st[0]!=8))&&(lay[0]==2))||(((st[1]!=0)&&(st[1]!=8))&&(lay[1]==2)))||(((st[2]!=0)&&(st[2]!=8))&&(lay[2]==2)))||(iex[0]&&(itop[0]==2)))||(iex[1]&&(itop[1]==2)))||(lex[0]&&(lpar[0]==2)))||(lex[1]&&(lpar[1]==2)))||(lex[3]&&(lpar[3]==2)))||(lex[4]&&(lpar[4]==2)))||(lex[5]&&(lpar[5]==2)))||(lex[6]&&(lpar[6]==2)))||(lex[7]&&(lpar[7]==2)))||(lex[8]&&(lpar[8]==2))))))))", II, tt, t);
		/* merge: .(goto)(0, 7, 6) */
		reached[3][7] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 20: // STATE 10 - _spin_nvr.tmp:119 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[3][10] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM used_image_needs_force */
	case 21: // STATE 1 - _spin_nvr.tmp:30 - [(((!(!((((st[2]!=0)&&(st[2]!=8))&&(img[2]!=254))))&&!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8))))))&&!((img[2]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][1] = 1;
		if (!((( !( !((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.img[2])!=254))))&& !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))))&& !((((int)now.img[2])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 22: // STATE 3 - _spin_nvr.tmp:31 - [(((!(!((((st[0]!=0)&&(st[0]!=8))&&(img[0]!=254))))&&(!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))&&!((img[0]!=254))))||((!(!((((st[1]!=0)&&(st[1]!=8))&&(img[1]!=254))))&&(!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))&&!((img[1]!=254))))||(!(!((((st[2]!=0)&&(st[2]!=8))&&(img[2]!=254))))&&(!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))&&!((img[2]!=254)))))))] (24:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported3 = 0;
			if (verbose && !reported3)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported3 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported3 = 0;
			if (verbose && !reported3)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported3 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][3] = 1;
		if (!((( !( !((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.img[0])!=254))))&&( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))&& !((((int)now.img[0])!=254))))||(( !( !((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.img[1])!=254))))&&( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))&& !((((int)now.img[1])!=254))))||( !( !((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.img[2])!=254))))&&( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))&& !((((int)now.img[2])!=254))))))))
			continue;
		/* merge: assert(!(((!(!((((st[0]!=0)&&(st[0]!=8))&&(img[0]!=254))))&&(!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))&&!((img[0]!=254))))||((!(!((((st[1]!=0)&&(st[1]!=8))&&(img[1]!=254))))&&(!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))&&!((img[1]!=254))))||(!(!((((st[2]!=0)&&(st[2]!=8))&&(img[2]!=254))))&&(!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))&&!((img[2]!=254))))))))(0, 4, 24) */
		reached[2][4] = 1;
		spin_assert( !((( !( !((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.img[0])!=254))))&&( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))&& !((((int)now.img[0])!=254))))||(( !( !((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.img[1])!=254))))&&( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))&& !((((int)now.img[1])!=254))))||( !( !((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.img[2])!=254))))&&( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))&& !((((int)now.img[2])!=254))))))), " !((( !( !((((st[0]!=0)&&(st[0]!=8))&&(img[0]!=254))))&&( !((((img[0]==254)&&forced)|| !(((st[0]!=0)&&(st[0]!=8)))))&& !((img[0]!=254))))||(( !( !((((st[1]!=0)&&(st[1]!=8))&&(img[1]!=254))))&&( !((((img[1]==254)&&forced)|| !(((st[1]!=0)&&(st[1]!=8)))))&& !((img[1]!=254))))||( !( !((((st[2]!=0)&&(st[2]!=8))&&(img[2]!=254))))&&( !((((img[2]==254)&&forced)|| !(((st[2]!=0)&&(st[2]!=8)))))&& !((img[2]!=254)))))))", II, tt, t);
		/* merge: .(goto)(0, 25, 24) */
		reached[2][25] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 23: // STATE 6 - _spin_nvr.tmp:32 - [((!(!((((st[2]!=0)&&(st[2]!=8))&&(img[2]!=254))))&&!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported6 = 0;
			if (verbose && !reported6)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported6 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported6 = 0;
			if (verbose && !reported6)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported6 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][6] = 1;
		if (!(( !( !((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.img[2])!=254))))&& !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 24: // STATE 8 - _spin_nvr.tmp:33 - [(((!(!((((st[2]!=0)&&(st[2]!=8))&&(img[2]!=254))))&&!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8))))))&&!((img[2]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported8 = 0;
			if (verbose && !reported8)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported8 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported8 = 0;
			if (verbose && !reported8)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported8 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][8] = 1;
		if (!((( !( !((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.img[2])!=254))))&& !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))))&& !((((int)now.img[2])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 25: // STATE 10 - _spin_nvr.tmp:34 - [(((!(!((((st[1]!=0)&&(st[1]!=8))&&(img[1]!=254))))&&!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8))))))&&!((img[1]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported10 = 0;
			if (verbose && !reported10)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported10 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][10] = 1;
		if (!((( !( !((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.img[1])!=254))))&& !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))))&& !((((int)now.img[1])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 26: // STATE 12 - _spin_nvr.tmp:35 - [((!(!((((st[1]!=0)&&(st[1]!=8))&&(img[1]!=254))))&&!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported12 = 0;
			if (verbose && !reported12)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported12 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported12 = 0;
			if (verbose && !reported12)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported12 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][12] = 1;
		if (!(( !( !((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.img[1])!=254))))&& !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 27: // STATE 14 - _spin_nvr.tmp:36 - [(((!(!((((st[1]!=0)&&(st[1]!=8))&&(img[1]!=254))))&&!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8))))))&&!((img[1]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported14 = 0;
			if (verbose && !reported14)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported14 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported14 = 0;
			if (verbose && !reported14)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported14 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][14] = 1;
		if (!((( !( !((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.img[1])!=254))))&& !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))))&& !((((int)now.img[1])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 28: // STATE 16 - _spin_nvr.tmp:37 - [(((!(!((((st[0]!=0)&&(st[0]!=8))&&(img[0]!=254))))&&!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8))))))&&!((img[0]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported16 = 0;
			if (verbose && !reported16)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported16 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported16 = 0;
			if (verbose && !reported16)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported16 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][16] = 1;
		if (!((( !( !((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.img[0])!=254))))&& !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))))&& !((((int)now.img[0])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 29: // STATE 18 - _spin_nvr.tmp:38 - [((!(!((((st[0]!=0)&&(st[0]!=8))&&(img[0]!=254))))&&!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported18 = 0;
			if (verbose && !reported18)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported18 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported18 = 0;
			if (verbose && !reported18)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported18 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][18] = 1;
		if (!(( !( !((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.img[0])!=254))))&& !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 30: // STATE 20 - _spin_nvr.tmp:39 - [(((!(!((((st[0]!=0)&&(st[0]!=8))&&(img[0]!=254))))&&!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8))))))&&!((img[0]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported20 = 0;
			if (verbose && !reported20)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported20 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported20 = 0;
			if (verbose && !reported20)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported20 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][20] = 1;
		if (!((( !( !((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.img[0])!=254))))&& !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))))&& !((((int)now.img[0])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 31: // STATE 27 - _spin_nvr.tmp:44 - [(!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported27 = 0;
			if (verbose && !reported27)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported27 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported27 = 0;
			if (verbose && !reported27)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported27 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][27] = 1;
		if (!( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 32: // STATE 29 - _spin_nvr.tmp:45 - [((!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))&&!((img[2]!=254))))] (32:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported29 = 0;
			if (verbose && !reported29)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported29 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported29 = 0;
			if (verbose && !reported29)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported29 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][29] = 1;
		if (!(( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))&& !((((int)now.img[2])!=254)))))
			continue;
		/* merge: assert(!((!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))&&!((img[2]!=254)))))(0, 30, 32) */
		reached[2][30] = 1;
		spin_assert( !(( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))&& !((((int)now.img[2])!=254)))), " !(( !((((img[2]==254)&&forced)|| !(((st[2]!=0)&&(st[2]!=8)))))&& !((img[2]!=254))))", II, tt, t);
		/* merge: .(goto)(0, 33, 32) */
		reached[2][33] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 33: // STATE 35 - _spin_nvr.tmp:49 - [(!((img[2]!=254)))] (40:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported35 = 0;
			if (verbose && !reported35)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported35 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported35 = 0;
			if (verbose && !reported35)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported35 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][35] = 1;
		if (!( !((((int)now.img[2])!=254))))
			continue;
		/* merge: assert(!(!((img[2]!=254))))(0, 36, 40) */
		reached[2][36] = 1;
		spin_assert( !( !((((int)now.img[2])!=254))), " !( !((img[2]!=254)))", II, tt, t);
		/* merge: .(goto)(0, 41, 40) */
		reached[2][41] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 34: // STATE 43 - _spin_nvr.tmp:54 - [(!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported43 = 0;
			if (verbose && !reported43)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported43 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported43 = 0;
			if (verbose && !reported43)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported43 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][43] = 1;
		if (!( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 35: // STATE 45 - _spin_nvr.tmp:55 - [((!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))&&!((img[1]!=254))))] (48:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported45 = 0;
			if (verbose && !reported45)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported45 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported45 = 0;
			if (verbose && !reported45)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported45 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][45] = 1;
		if (!(( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))&& !((((int)now.img[1])!=254)))))
			continue;
		/* merge: assert(!((!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))&&!((img[1]!=254)))))(0, 46, 48) */
		reached[2][46] = 1;
		spin_assert( !(( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))&& !((((int)now.img[1])!=254)))), " !(( !((((img[1]==254)&&forced)|| !(((st[1]!=0)&&(st[1]!=8)))))&& !((img[1]!=254))))", II, tt, t);
		/* merge: .(goto)(0, 49, 48) */
		reached[2][49] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 36: // STATE 51 - _spin_nvr.tmp:59 - [(!((img[1]!=254)))] (56:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported51 = 0;
			if (verbose && !reported51)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported51 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported51 = 0;
			if (verbose && !reported51)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported51 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][51] = 1;
		if (!( !((((int)now.img[1])!=254))))
			continue;
		/* merge: assert(!(!((img[1]!=254))))(0, 52, 56) */
		reached[2][52] = 1;
		spin_assert( !( !((((int)now.img[1])!=254))), " !( !((img[1]!=254)))", II, tt, t);
		/* merge: .(goto)(0, 57, 56) */
		reached[2][57] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 37: // STATE 59 - _spin_nvr.tmp:64 - [(!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported59 = 0;
			if (verbose && !reported59)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported59 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported59 = 0;
			if (verbose && !reported59)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported59 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][59] = 1;
		if (!( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 38: // STATE 61 - _spin_nvr.tmp:65 - [((!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))&&!((img[0]!=254))))] (64:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported61 = 0;
			if (verbose && !reported61)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported61 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported61 = 0;
			if (verbose && !reported61)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported61 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][61] = 1;
		if (!(( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))&& !((((int)now.img[0])!=254)))))
			continue;
		/* merge: assert(!((!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))&&!((img[0]!=254)))))(0, 62, 64) */
		reached[2][62] = 1;
		spin_assert( !(( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))&& !((((int)now.img[0])!=254)))), " !(( !((((img[0]==254)&&forced)|| !(((st[0]!=0)&&(st[0]!=8)))))&& !((img[0]!=254))))", II, tt, t);
		/* merge: .(goto)(0, 65, 64) */
		reached[2][65] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 39: // STATE 67 - _spin_nvr.tmp:69 - [(!((img[0]!=254)))] (72:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported67 = 0;
			if (verbose && !reported67)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported67 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported67 = 0;
			if (verbose && !reported67)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported67 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][67] = 1;
		if (!( !((((int)now.img[0])!=254))))
			continue;
		/* merge: assert(!(!((img[0]!=254))))(0, 68, 72) */
		reached[2][68] = 1;
		spin_assert( !( !((((int)now.img[0])!=254))), " !( !((img[0]!=254)))", II, tt, t);
		/* merge: .(goto)(0, 73, 72) */
		reached[2][73] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 40: // STATE 75 - _spin_nvr.tmp:74 - [((!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))&&!((img[2]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported75 = 0;
			if (verbose && !reported75)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported75 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported75 = 0;
			if (verbose && !reported75)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported75 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][75] = 1;
		if (!(( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))&& !((((int)now.img[2])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 41: // STATE 77 - _spin_nvr.tmp:75 - [((!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))&&!((img[2]!=254))))] (84:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported77 = 0;
			if (verbose && !reported77)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported77 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported77 = 0;
			if (verbose && !reported77)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported77 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][77] = 1;
		if (!(( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))&& !((((int)now.img[2])!=254)))))
			continue;
		/* merge: assert(!((!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))&&!((img[2]!=254)))))(0, 78, 84) */
		reached[2][78] = 1;
		spin_assert( !(( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))&& !((((int)now.img[2])!=254)))), " !(( !((((img[2]==254)&&forced)|| !(((st[2]!=0)&&(st[2]!=8)))))&& !((img[2]!=254))))", II, tt, t);
		/* merge: .(goto)(0, 85, 84) */
		reached[2][85] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 42: // STATE 80 - _spin_nvr.tmp:76 - [(!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported80 = 0;
			if (verbose && !reported80)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported80 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported80 = 0;
			if (verbose && !reported80)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported80 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][80] = 1;
		if (!( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 43: // STATE 82 - _spin_nvr.tmp:77 - [((!((((img[2]==254)&&forced)||!(((st[2]!=0)&&(st[2]!=8)))))&&!((img[2]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported82 = 0;
			if (verbose && !reported82)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported82 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported82 = 0;
			if (verbose && !reported82)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported82 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][82] = 1;
		if (!(( !((((((int)now.img[2])==254)&&((int)now.forced))|| !(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8)))))&& !((((int)now.img[2])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 44: // STATE 87 - _spin_nvr.tmp:81 - [(!((img[2]!=254)))] (92:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported87 = 0;
			if (verbose && !reported87)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported87 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported87 = 0;
			if (verbose && !reported87)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported87 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][87] = 1;
		if (!( !((((int)now.img[2])!=254))))
			continue;
		/* merge: assert(!(!((img[2]!=254))))(0, 88, 92) */
		reached[2][88] = 1;
		spin_assert( !( !((((int)now.img[2])!=254))), " !( !((img[2]!=254)))", II, tt, t);
		/* merge: .(goto)(0, 93, 92) */
		reached[2][93] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 45: // STATE 95 - _spin_nvr.tmp:86 - [((!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))&&!((img[1]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported95 = 0;
			if (verbose && !reported95)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported95 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported95 = 0;
			if (verbose && !reported95)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported95 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][95] = 1;
		if (!(( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))&& !((((int)now.img[1])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 46: // STATE 97 - _spin_nvr.tmp:87 - [((!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))&&!((img[1]!=254))))] (104:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported97 = 0;
			if (verbose && !reported97)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported97 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported97 = 0;
			if (verbose && !reported97)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported97 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][97] = 1;
		if (!(( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))&& !((((int)now.img[1])!=254)))))
			continue;
		/* merge: assert(!((!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))&&!((img[1]!=254)))))(0, 98, 104) */
		reached[2][98] = 1;
		spin_assert( !(( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))&& !((((int)now.img[1])!=254)))), " !(( !((((img[1]==254)&&forced)|| !(((st[1]!=0)&&(st[1]!=8)))))&& !((img[1]!=254))))", II, tt, t);
		/* merge: .(goto)(0, 105, 104) */
		reached[2][105] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 47: // STATE 100 - _spin_nvr.tmp:88 - [(!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported100 = 0;
			if (verbose && !reported100)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported100 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported100 = 0;
			if (verbose && !reported100)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported100 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][100] = 1;
		if (!( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 48: // STATE 102 - _spin_nvr.tmp:89 - [((!((((img[1]==254)&&forced)||!(((st[1]!=0)&&(st[1]!=8)))))&&!((img[1]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported102 = 0;
			if (verbose && !reported102)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported102 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported102 = 0;
			if (verbose && !reported102)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported102 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][102] = 1;
		if (!(( !((((((int)now.img[1])==254)&&((int)now.forced))|| !(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8)))))&& !((((int)now.img[1])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 49: // STATE 107 - _spin_nvr.tmp:93 - [(!((img[1]!=254)))] (112:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported107 = 0;
			if (verbose && !reported107)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported107 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported107 = 0;
			if (verbose && !reported107)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported107 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][107] = 1;
		if (!( !((((int)now.img[1])!=254))))
			continue;
		/* merge: assert(!(!((img[1]!=254))))(0, 108, 112) */
		reached[2][108] = 1;
		spin_assert( !( !((((int)now.img[1])!=254))), " !( !((img[1]!=254)))", II, tt, t);
		/* merge: .(goto)(0, 113, 112) */
		reached[2][113] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 50: // STATE 115 - _spin_nvr.tmp:98 - [((!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))&&!((img[0]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported115 = 0;
			if (verbose && !reported115)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported115 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported115 = 0;
			if (verbose && !reported115)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported115 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][115] = 1;
		if (!(( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))&& !((((int)now.img[0])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 51: // STATE 117 - _spin_nvr.tmp:99 - [((!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))&&!((img[0]!=254))))] (124:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported117 = 0;
			if (verbose && !reported117)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported117 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported117 = 0;
			if (verbose && !reported117)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported117 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][117] = 1;
		if (!(( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))&& !((((int)now.img[0])!=254)))))
			continue;
		/* merge: assert(!((!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))&&!((img[0]!=254)))))(0, 118, 124) */
		reached[2][118] = 1;
		spin_assert( !(( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))&& !((((int)now.img[0])!=254)))), " !(( !((((img[0]==254)&&forced)|| !(((st[0]!=0)&&(st[0]!=8)))))&& !((img[0]!=254))))", II, tt, t);
		/* merge: .(goto)(0, 125, 124) */
		reached[2][125] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 52: // STATE 120 - _spin_nvr.tmp:100 - [(!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8))))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported120 = 0;
			if (verbose && !reported120)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported120 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported120 = 0;
			if (verbose && !reported120)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported120 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][120] = 1;
		if (!( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 53: // STATE 122 - _spin_nvr.tmp:101 - [((!((((img[0]==254)&&forced)||!(((st[0]!=0)&&(st[0]!=8)))))&&!((img[0]!=254))))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported122 = 0;
			if (verbose && !reported122)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported122 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported122 = 0;
			if (verbose && !reported122)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported122 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][122] = 1;
		if (!(( !((((((int)now.img[0])==254)&&((int)now.forced))|| !(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8)))))&& !((((int)now.img[0])!=254)))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 54: // STATE 127 - _spin_nvr.tmp:105 - [(!((img[0]!=254)))] (132:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported127 = 0;
			if (verbose && !reported127)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported127 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported127 = 0;
			if (verbose && !reported127)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported127 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][127] = 1;
		if (!( !((((int)now.img[0])!=254))))
			continue;
		/* merge: assert(!(!((img[0]!=254))))(0, 128, 132) */
		reached[2][128] = 1;
		spin_assert( !( !((((int)now.img[0])!=254))), " !( !((img[0]!=254)))", II, tt, t);
		/* merge: .(goto)(0, 133, 132) */
		reached[2][133] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 55: // STATE 136 - _spin_nvr.tmp:110 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported136 = 0;
			if (verbose && !reported136)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported136 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported136 = 0;
			if (verbose && !reported136)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported136 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[2][136] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* CLAIM removed_stays_removed */
	case 56: // STATE 1 - _spin_nvr.tmp:3 - [(((!((st[0]!=8))&&!((st[0]==8)))||((!((st[1]!=8))&&!((st[1]==8)))||(!((st[2]!=8))&&!((st[2]==8))))))] (12:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported1 = 0;
			if (verbose && !reported1)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported1 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[1][1] = 1;
		if (!((( !((((int)now.st[0])!=8))&& !((((int)now.st[0])==8)))||(( !((((int)now.st[1])!=8))&& !((((int)now.st[1])==8)))||( !((((int)now.st[2])!=8))&& !((((int)now.st[2])==8)))))))
			continue;
		/* merge: assert(!(((!((st[0]!=8))&&!((st[0]==8)))||((!((st[1]!=8))&&!((st[1]==8)))||(!((st[2]!=8))&&!((st[2]==8)))))))(0, 2, 12) */
		reached[1][2] = 1;
		spin_assert( !((( !((((int)now.st[0])!=8))&& !((((int)now.st[0])==8)))||(( !((((int)now.st[1])!=8))&& !((((int)now.st[1])==8)))||( !((((int)now.st[2])!=8))&& !((((int)now.st[2])==8)))))), " !((( !((st[0]!=8))&& !((st[0]==8)))||(( !((st[1]!=8))&& !((st[1]==8)))||( !((st[2]!=8))&& !((st[2]==8))))))", II, tt, t);
		/* merge: .(goto)(0, 13, 12) */
		reached[1][13] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 57: // STATE 4 - _spin_nvr.tmp:4 - [(!((st[2]!=8)))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported4 = 0;
			if (verbose && !reported4)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported4 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported4 = 0;
			if (verbose && !reported4)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported4 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[1][4] = 1;
		if (!( !((((int)now.st[2])!=8))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 58: // STATE 6 - _spin_nvr.tmp:5 - [(!((st[1]!=8)))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported6 = 0;
			if (verbose && !reported6)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported6 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported6 = 0;
			if (verbose && !reported6)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported6 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[1][6] = 1;
		if (!( !((((int)now.st[1])!=8))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 59: // STATE 8 - _spin_nvr.tmp:6 - [(!((st[0]!=8)))] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported8 = 0;
			if (verbose && !reported8)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported8 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported8 = 0;
			if (verbose && !reported8)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported8 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[1][8] = 1;
		if (!( !((((int)now.st[0])!=8))))
			continue;
		_m = 3; goto P999; /* 0 */
	case 60: // STATE 15 - _spin_nvr.tmp:11 - [(!((st[2]==8)))] (20:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported15 = 0;
			if (verbose && !reported15)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported15 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported15 = 0;
			if (verbose && !reported15)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported15 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[1][15] = 1;
		if (!( !((((int)now.st[2])==8))))
			continue;
		/* merge: assert(!(!((st[2]==8))))(0, 16, 20) */
		reached[1][16] = 1;
		spin_assert( !( !((((int)now.st[2])==8))), " !( !((st[2]==8)))", II, tt, t);
		/* merge: .(goto)(0, 21, 20) */
		reached[1][21] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 61: // STATE 23 - _spin_nvr.tmp:16 - [(!((st[1]==8)))] (28:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported23 = 0;
			if (verbose && !reported23)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported23 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported23 = 0;
			if (verbose && !reported23)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported23 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[1][23] = 1;
		if (!( !((((int)now.st[1])==8))))
			continue;
		/* merge: assert(!(!((st[1]==8))))(0, 24, 28) */
		reached[1][24] = 1;
		spin_assert( !( !((((int)now.st[1])==8))), " !( !((st[1]==8)))", II, tt, t);
		/* merge: .(goto)(0, 29, 28) */
		reached[1][29] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 62: // STATE 31 - _spin_nvr.tmp:21 - [(!((st[0]==8)))] (36:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported31 = 0;
			if (verbose && !reported31)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported31 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported31 = 0;
			if (verbose && !reported31)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported31 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[1][31] = 1;
		if (!( !((((int)now.st[0])==8))))
			continue;
		/* merge: assert(!(!((st[0]==8))))(0, 32, 36) */
		reached[1][32] = 1;
		spin_assert( !( !((((int)now.st[0])==8))), " !( !((st[0]==8)))", II, tt, t);
		/* merge: .(goto)(0, 37, 36) */
		reached[1][37] = 1;
		;
		_m = 3; goto P999; /* 2 */
	case 63: // STATE 40 - _spin_nvr.tmp:26 - [-end-] (0:0:0 - 1)
		
#if defined(VERI) && !defined(NP)
#if NCLAIMS>1
		{	static int reported40 = 0;
			if (verbose && !reported40)
			{	int nn = (int) ((Pclaim *)pptr(0))->_n;
				printf("depth %ld: Claim %s (%d), state %d (line %d)\n",
					depth, procname[spin_c_typ[nn]], nn, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported40 = 1;
				fflush(stdout);
		}	}
#else
		{	static int reported40 = 0;
			if (verbose && !reported40)
			{	printf("depth %d: Claim, state %d (line %d)\n",
					(int) depth, (int) ((Pclaim *)pptr(0))->_p, src_claim[ (int) ((Pclaim *)pptr(0))->_p ]);
				reported40 = 1;
				fflush(stdout);
		}	}
#endif
#endif
		reached[1][40] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */

		 /* PROC engine */
	case 64: // STATE 57 - /dev/stdin:283 - [D_STEP283]
		IfNotBlocked

		reached[0][57] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_000_0: /* 2 */
		((P0 *)_this)->i = 0;
#ifdef VAR_RANGES
		logval("engine:i", ((int)((P0 *)_this)->i));
#endif
		;
S_010_0: /* 2 */
S_009_0: /* 2 */
S_001_0: /* 2 */
		if (!((((int)((P0 *)_this)->i)<3)))
			goto S_009_1;
S_002_0: /* 2 */
		now.st[ Index(((P0 *)_this)->i, 3) ] = 0;
#ifdef VAR_RANGES
		logval("st[engine:i]", ((int)now.st[ Index(((int)((P0 *)_this)->i), 3) ]));
#endif
		;
S_003_0: /* 2 */
		now.img[ Index(((P0 *)_this)->i, 3) ] = 255;
#ifdef VAR_RANGES
		logval("img[engine:i]", ((int)now.img[ Index(((int)((P0 *)_this)->i), 3) ]));
#endif
		;
S_004_0: /* 2 */
		now.lay[ Index(((P0 *)_this)->i, 3) ] = 255;
#ifdef VAR_RANGES
		logval("lay[engine:i]", ((int)now.lay[ Index(((int)((P0 *)_this)->i), 3) ]));
#endif
		;
S_005_0: /* 2 */
		now.rwl[ Index(((P0 *)_this)->i, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[engine:i]", ((int)now.rwl[ Index(((int)((P0 *)_this)->i), 3) ]));
#endif
		;
S_006_0: /* 2 */
		((P0 *)_this)->i = (((int)((P0 *)_this)->i)+1);
#ifdef VAR_RANGES
		logval("engine:i", ((int)((P0 *)_this)->i));
#endif
		;
		goto S_010_0; /* ';' */
S_009_1: /* 3 */
S_007_0: /* 2 */
		/* else */;
S_008_0: /* 2 */
		goto S_012_0;	/* 'goto' */
S_009_2: /* 3 */
		Uerror("blocking sel in d_step (nr.0, near line 284)");
S_011_0: /* 2 */
		goto S_012_0;	/* 'break' */
S_012_0: /* 2 */
		((P0 *)_this)->i = 0;
#ifdef VAR_RANGES
		logval("engine:i", ((int)((P0 *)_this)->i));
#endif
		;
S_020_0: /* 2 */
S_019_0: /* 2 */
S_013_0: /* 2 */
		if (!((((int)((P0 *)_this)->i)<2)))
			goto S_019_1;
S_014_0: /* 2 */
		now.ipar[ Index(((P0 *)_this)->i, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[engine:i]", ((int)now.ipar[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
S_015_0: /* 2 */
		now.itop[ Index(((P0 *)_this)->i, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[engine:i]", ((int)now.itop[ Index(((int)((P0 *)_this)->i), 2) ]));
#endif
		;
S_016_0: /* 2 */
		((P0 *)_this)->i = (((int)((P0 *)_this)->i)+1);
#ifdef VAR_RANGES
		logval("engine:i", ((int)((P0 *)_this)->i));
#endif
		;
		goto S_020_0; /* ';' */
S_019_1: /* 3 */
S_017_0: /* 2 */
		/* else */;
S_018_0: /* 2 */
		goto S_022_0;	/* 'goto' */
S_019_2: /* 3 */
		Uerror("blocking sel in d_step (nr.1, near line 285)");
S_021_0: /* 2 */
		goto S_022_0;	/* 'break' */
S_022_0: /* 2 */
		((P0 *)_this)->i = 0;
#ifdef VAR_RANGES
		logval("engine:i", ((int)((P0 *)_this)->i));
#endif
		;
S_029_0: /* 2 */
S_028_0: /* 2 */
S_023_0: /* 2 */
		if (!((((int)((P0 *)_this)->i)<3)))
			goto S_028_1;
S_024_0: /* 2 */
		now.tag[ Index(((P0 *)_this)->i, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[engine:i]", ((int)now.tag[ Index(((int)((P0 *)_this)->i), 3) ]));
#endif
		;
S_025_0: /* 2 */
		((P0 *)_this)->i = (((int)((P0 *)_this)->i)+1);
#ifdef VAR_RANGES
		logval("engine:i", ((int)((P0 *)_this)->i));
#endif
		;
		goto S_029_0; /* ';' */
S_028_1: /* 3 */
S_026_0: /* 2 */
		/* else */;
S_027_0: /* 2 */
		goto S_031_0;	/* 'goto' */
S_028_2: /* 3 */
		Uerror("blocking sel in d_step (nr.2, near line 286)");
S_030_0: /* 2 */
		goto S_031_0;	/* 'break' */
S_031_0: /* 2 */
		((P0 *)_this)->i = 0;
#ifdef VAR_RANGES
		logval("engine:i", ((int)((P0 *)_this)->i));
#endif
		;
S_038_0: /* 2 */
S_037_0: /* 2 */
S_032_0: /* 2 */
		if (!((((int)((P0 *)_this)->i)<9)))
			goto S_037_1;
S_033_0: /* 2 */
		now.lpar[ Index(((P0 *)_this)->i, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[engine:i]", ((int)now.lpar[ Index(((int)((P0 *)_this)->i), 9) ]));
#endif
		;
S_034_0: /* 2 */
		((P0 *)_this)->i = (((int)((P0 *)_this)->i)+1);
#ifdef VAR_RANGES
		logval("engine:i", ((int)((P0 *)_this)->i));
#endif
		;
		goto S_038_0; /* ';' */
S_037_1: /* 3 */
S_035_0: /* 2 */
		/* else */;
S_036_0: /* 2 */
		goto S_040_0;	/* 'goto' */
S_037_2: /* 3 */
		Uerror("blocking sel in d_step (nr.3, near line 287)");
S_039_0: /* 2 */
		goto S_040_0;	/* 'break' */
S_040_0: /* 2 */
		now.instant[0] = 1;
#ifdef VAR_RANGES
		logval("instant[0]", ((int)now.instant[0]));
#endif
		;
S_041_0: /* 2 */
		now.writes[0] = 0;
#ifdef VAR_RANGES
		logval("writes[0]", ((int)now.writes[0]));
#endif
		;
S_042_0: /* 2 */
		now.instant[1] = 1;
#ifdef VAR_RANGES
		logval("instant[1]", ((int)now.instant[1]));
#endif
		;
S_043_0: /* 2 */
		now.writes[1] = 0;
#ifdef VAR_RANGES
		logval("writes[1]", ((int)now.writes[1]));
#endif
		;
S_044_0: /* 2 */
		now.instant[2] = 1;
#ifdef VAR_RANGES
		logval("instant[2]", ((int)now.instant[2]));
#endif
		;
S_045_0: /* 2 */
		now.writes[2] = 1;
#ifdef VAR_RANGES
		logval("writes[2]", ((int)now.writes[2]));
#endif
		;
S_046_0: /* 2 */
		now.instant[3] = 0;
#ifdef VAR_RANGES
		logval("instant[3]", ((int)now.instant[3]));
#endif
		;
S_047_0: /* 2 */
		now.writes[3] = 0;
#ifdef VAR_RANGES
		logval("writes[3]", ((int)now.writes[3]));
#endif
		;
S_048_0: /* 2 */
		now.instant[4] = 0;
#ifdef VAR_RANGES
		logval("instant[4]", ((int)now.instant[4]));
#endif
		;
S_049_0: /* 2 */
		now.writes[4] = 0;
#ifdef VAR_RANGES
		logval("writes[4]", ((int)now.writes[4]));
#endif
		;
S_050_0: /* 2 */
		now.lex[0] = 1;
#ifdef VAR_RANGES
		logval("lex[0]", ((int)now.lex[0]));
#endif
		;
S_051_0: /* 2 */
		now.lrefs[0] = 1;
#ifdef VAR_RANGES
		logval("lrefs[0]", ((int)now.lrefs[0]));
#endif
		;
S_052_0: /* 2 */
		now.iex[0] = 1;
#ifdef VAR_RANGES
		logval("iex[0]", ((int)now.iex[0]));
#endif
		;
S_053_0: /* 2 */
		now.itop[0] = 0;
#ifdef VAR_RANGES
		logval("itop[0]", ((int)now.itop[0]));
#endif
		;
S_054_0: /* 2 */
		now.iage[0] = 1;
#ifdef VAR_RANGES
		logval("iage[0]", ((int)now.iage[0]));
#endif
		;
S_055_0: /* 2 */
		now.tag[0] = 0;
#ifdef VAR_RANGES
		logval("tag[0]", ((int)now.tag[0]));
#endif
		;
		goto S_3644_0;
S_3644_0: /* 1 */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 65: // STATE 71 - /dev/stdin:297 - [D_STEP297]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][71] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_057_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_058_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_059_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_060_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_061_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_062_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_063_0: /* 2 */
		now.prog[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_064_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_065_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_066_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_067_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_068_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_069_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 66: // STATE 124 - /dev/stdin:298 - [D_STEP298]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][124] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_071_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_072_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_073_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_074_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_075_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_076_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_077_0: /* 2 */
		now.prog[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_078_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_079_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_080_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_081_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_082_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_095_0: /* 2 */
S_093_0: /* 2 */
S_083_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==1)))
			goto S_093_1;
S_084_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_094_0;
S_093_1: /* 3 */
S_085_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_093_2;
S_086_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_094_0;
S_093_2: /* 3 */
S_087_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_093_3;
S_088_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_094_0;
S_093_3: /* 3 */
S_089_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==5)))
			goto S_093_4;
S_090_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_094_0;
S_093_4: /* 3 */
S_091_0: /* 2 */
		/* else */;
S_092_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_094_0;
S_093_5: /* 3 */
		Uerror("blocking sel in d_step (nr.4, near line 158)");
S_094_0: /* 2 */
		goto S_096_0;
S_096_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_121_0: /* 2 */
S_102_0: /* 2 */
S_097_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_102_1;
S_098_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_099_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
		goto S_103_0;
S_102_1: /* 3 */
S_100_0: /* 2 */
		/* else */;
S_101_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_103_0;
S_102_2: /* 3 */
		Uerror("blocking sel in d_step (nr.5, near line 225)");
S_103_0: /* 2 */
S_119_0: /* 2 */
S_104_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_119_1;
S_115_0: /* 2 */
S_113_0: /* 2 */
S_105_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_113_1;
S_106_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_114_0;
S_113_1: /* 3 */
S_107_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==3)))
			goto S_113_2;
S_108_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_114_0;
S_113_2: /* 3 */
S_109_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_113_3;
S_110_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_114_0;
S_113_3: /* 3 */
S_111_0: /* 2 */
		/* else */;
S_112_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_114_0;
S_113_4: /* 3 */
		Uerror("blocking sel in d_step (nr.6, near line 54)");
S_114_0: /* 2 */
		goto S_116_0;
S_116_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
		goto S_120_0;
S_119_1: /* 3 */
S_117_0: /* 2 */
		/* else */;
S_118_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_120_0;
S_119_2: /* 3 */
		Uerror("blocking sel in d_step (nr.7, near line 226)");
S_120_0: /* 2 */
		goto S_122_0;
S_122_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 67: // STATE 138 - /dev/stdin:299 - [D_STEP299]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][138] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_124_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_125_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_126_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_127_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_128_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_129_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_130_0: /* 2 */
		now.prog[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_131_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_132_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_133_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_134_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_135_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_136_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 68: // STATE 191 - /dev/stdin:300 - [D_STEP300]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][191] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_138_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_139_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_140_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_141_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_142_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_143_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_144_0: /* 2 */
		now.prog[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_145_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_146_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_147_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_148_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_149_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_162_0: /* 2 */
S_160_0: /* 2 */
S_150_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==1)))
			goto S_160_1;
S_151_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_161_0;
S_160_1: /* 3 */
S_152_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_160_2;
S_153_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_161_0;
S_160_2: /* 3 */
S_154_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_160_3;
S_155_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_161_0;
S_160_3: /* 3 */
S_156_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==5)))
			goto S_160_4;
S_157_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_161_0;
S_160_4: /* 3 */
S_158_0: /* 2 */
		/* else */;
S_159_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_161_0;
S_160_5: /* 3 */
		Uerror("blocking sel in d_step (nr.8, near line 158)");
S_161_0: /* 2 */
		goto S_163_0;
S_163_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_188_0: /* 2 */
S_169_0: /* 2 */
S_164_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_169_1;
S_165_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_166_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
		goto S_170_0;
S_169_1: /* 3 */
S_167_0: /* 2 */
		/* else */;
S_168_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_170_0;
S_169_2: /* 3 */
		Uerror("blocking sel in d_step (nr.9, near line 225)");
S_170_0: /* 2 */
S_186_0: /* 2 */
S_171_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_186_1;
S_182_0: /* 2 */
S_180_0: /* 2 */
S_172_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_180_1;
S_173_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_181_0;
S_180_1: /* 3 */
S_174_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==3)))
			goto S_180_2;
S_175_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_181_0;
S_180_2: /* 3 */
S_176_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_180_3;
S_177_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_181_0;
S_180_3: /* 3 */
S_178_0: /* 2 */
		/* else */;
S_179_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_181_0;
S_180_4: /* 3 */
		Uerror("blocking sel in d_step (nr.10, near line 54)");
S_181_0: /* 2 */
		goto S_183_0;
S_183_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
		goto S_187_0;
S_186_1: /* 3 */
S_184_0: /* 2 */
		/* else */;
S_185_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_187_0;
S_186_2: /* 3 */
		Uerror("blocking sel in d_step (nr.11, near line 226)");
S_187_0: /* 2 */
		goto S_189_0;
S_189_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 69: // STATE 205 - /dev/stdin:301 - [D_STEP301]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][205] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_191_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_192_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_193_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_194_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_195_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_196_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_197_0: /* 2 */
		now.prog[ Index(c, 3) ] = 2;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_198_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_199_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_200_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_201_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_202_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_203_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 70: // STATE 258 - /dev/stdin:302 - [D_STEP302]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][258] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_205_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_206_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_207_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_208_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_209_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_210_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_211_0: /* 2 */
		now.prog[ Index(c, 3) ] = 2;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_212_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_213_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_214_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_215_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_216_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_229_0: /* 2 */
S_227_0: /* 2 */
S_217_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==1)))
			goto S_227_1;
S_218_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_228_0;
S_227_1: /* 3 */
S_219_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_227_2;
S_220_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_228_0;
S_227_2: /* 3 */
S_221_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_227_3;
S_222_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_228_0;
S_227_3: /* 3 */
S_223_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==5)))
			goto S_227_4;
S_224_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_228_0;
S_227_4: /* 3 */
S_225_0: /* 2 */
		/* else */;
S_226_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_228_0;
S_227_5: /* 3 */
		Uerror("blocking sel in d_step (nr.12, near line 158)");
S_228_0: /* 2 */
		goto S_230_0;
S_230_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_255_0: /* 2 */
S_236_0: /* 2 */
S_231_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_236_1;
S_232_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_233_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
		goto S_237_0;
S_236_1: /* 3 */
S_234_0: /* 2 */
		/* else */;
S_235_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_237_0;
S_236_2: /* 3 */
		Uerror("blocking sel in d_step (nr.13, near line 225)");
S_237_0: /* 2 */
S_253_0: /* 2 */
S_238_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_253_1;
S_249_0: /* 2 */
S_247_0: /* 2 */
S_239_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_247_1;
S_240_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_248_0;
S_247_1: /* 3 */
S_241_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==3)))
			goto S_247_2;
S_242_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_248_0;
S_247_2: /* 3 */
S_243_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_247_3;
S_244_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_248_0;
S_247_3: /* 3 */
S_245_0: /* 2 */
		/* else */;
S_246_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_248_0;
S_247_4: /* 3 */
		Uerror("blocking sel in d_step (nr.14, near line 54)");
S_248_0: /* 2 */
		goto S_250_0;
S_250_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
		goto S_254_0;
S_253_1: /* 3 */
S_251_0: /* 2 */
		/* else */;
S_252_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_254_0;
S_253_2: /* 3 */
		Uerror("blocking sel in d_step (nr.15, near line 226)");
S_254_0: /* 2 */
		goto S_256_0;
S_256_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 71: // STATE 272 - /dev/stdin:303 - [D_STEP303]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][272] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_258_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_259_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_260_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_261_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_262_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_263_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_264_0: /* 2 */
		now.prog[ Index(c, 3) ] = 3;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_265_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_266_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_267_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_268_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_269_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_270_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 72: // STATE 325 - /dev/stdin:304 - [D_STEP304]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][325] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_272_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_273_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_274_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_275_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_276_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_277_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_278_0: /* 2 */
		now.prog[ Index(c, 3) ] = 3;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_279_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_280_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_281_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_282_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_283_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_296_0: /* 2 */
S_294_0: /* 2 */
S_284_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==1)))
			goto S_294_1;
S_285_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_295_0;
S_294_1: /* 3 */
S_286_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_294_2;
S_287_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_295_0;
S_294_2: /* 3 */
S_288_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_294_3;
S_289_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_295_0;
S_294_3: /* 3 */
S_290_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==5)))
			goto S_294_4;
S_291_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_295_0;
S_294_4: /* 3 */
S_292_0: /* 2 */
		/* else */;
S_293_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_295_0;
S_294_5: /* 3 */
		Uerror("blocking sel in d_step (nr.16, near line 158)");
S_295_0: /* 2 */
		goto S_297_0;
S_297_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_322_0: /* 2 */
S_303_0: /* 2 */
S_298_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_303_1;
S_299_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_300_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
		goto S_304_0;
S_303_1: /* 3 */
S_301_0: /* 2 */
		/* else */;
S_302_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_304_0;
S_303_2: /* 3 */
		Uerror("blocking sel in d_step (nr.17, near line 225)");
S_304_0: /* 2 */
S_320_0: /* 2 */
S_305_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_320_1;
S_316_0: /* 2 */
S_314_0: /* 2 */
S_306_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_314_1;
S_307_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_315_0;
S_314_1: /* 3 */
S_308_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==3)))
			goto S_314_2;
S_309_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_315_0;
S_314_2: /* 3 */
S_310_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_314_3;
S_311_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_315_0;
S_314_3: /* 3 */
S_312_0: /* 2 */
		/* else */;
S_313_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_315_0;
S_314_4: /* 3 */
		Uerror("blocking sel in d_step (nr.18, near line 54)");
S_315_0: /* 2 */
		goto S_317_0;
S_317_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
		goto S_321_0;
S_320_1: /* 3 */
S_318_0: /* 2 */
		/* else */;
S_319_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_321_0;
S_320_2: /* 3 */
		Uerror("blocking sel in d_step (nr.19, near line 226)");
S_321_0: /* 2 */
		goto S_323_0;
S_323_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 73: // STATE 339 - /dev/stdin:305 - [D_STEP305]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][339] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_325_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_326_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_327_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_328_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_329_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_330_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_331_0: /* 2 */
		now.prog[ Index(c, 3) ] = 4;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_332_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_333_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_334_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_335_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_336_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_337_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 74: // STATE 392 - /dev/stdin:306 - [D_STEP306]
		if (!(boq == -1 && (((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			continue;

		reached[0][392] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_339_0: /* 2 */
		if (!((((((int)now.nborn)<3)&&(((int)now.nlive)<2))&&(((int)now.tag[0])!=255))))
			Uerror("block in d_step seq");
S_340_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_341_0: /* 2 */
		c = ((int)now.nborn);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_342_0: /* 2 */
		now.nborn = (((int)now.nborn)+1);
#ifdef VAR_RANGES
		logval("nborn", ((int)now.nborn));
#endif
		;
S_343_0: /* 2 */
		now.nlive = (((int)now.nlive)+1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_344_0: /* 2 */
		now.st[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_345_0: /* 2 */
		now.prog[ Index(c, 3) ] = 4;
#ifdef VAR_RANGES
		logval("prog[c]", ((int)now.prog[ Index(((int)c), 3) ]));
#endif
		;
S_346_0: /* 2 */
		now.img[ Index(c, 3) ] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
S_347_0: /* 2 */
		now.lay[ Index(c, 3) ] = ((int)now.itop[ Index(((int)now.tag[0]), 2) ]);
#ifdef VAR_RANGES
		logval("lay[c]", ((int)now.lay[ Index(((int)c), 3) ]));
#endif
		;
S_348_0: /* 2 */
		now.lrefs[ Index(now.lay[ Index(c, 3) ], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[c]]", ((int)now.lrefs[ Index(((int)now.lay[ Index(((int)c), 3) ]), 9) ]));
#endif
		;
S_349_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 0;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_350_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
S_363_0: /* 2 */
S_361_0: /* 2 */
S_351_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==1)))
			goto S_361_1;
S_352_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_362_0;
S_361_1: /* 3 */
S_353_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_361_2;
S_354_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_362_0;
S_361_2: /* 3 */
S_355_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_361_3;
S_356_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_362_0;
S_361_3: /* 3 */
S_357_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==5)))
			goto S_361_4;
S_358_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_362_0;
S_361_4: /* 3 */
S_359_0: /* 2 */
		/* else */;
S_360_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_362_0;
S_361_5: /* 3 */
		Uerror("blocking sel in d_step (nr.20, near line 158)");
S_362_0: /* 2 */
		goto S_364_0;
S_364_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
S_389_0: /* 2 */
S_370_0: /* 2 */
S_365_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_370_1;
S_366_0: /* 2 */
		now.dirty[ Index(c, 3) ] = 1;
#ifdef VAR_RANGES
		logval("dirty[c]", ((int)now.dirty[ Index(((int)c), 3) ]));
#endif
		;
S_367_0: /* 2 */
		now.rwl[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[c]", ((int)now.rwl[ Index(((int)c), 3) ]));
#endif
		;
		goto S_371_0;
S_370_1: /* 3 */
S_368_0: /* 2 */
		/* else */;
S_369_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_371_0;
S_370_2: /* 3 */
		Uerror("blocking sel in d_step (nr.21, near line 225)");
S_371_0: /* 2 */
S_387_0: /* 2 */
S_372_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[ Index(((int)c), 3) ]), 5) ])))
			goto S_387_1;
S_383_0: /* 2 */
S_381_0: /* 2 */
S_373_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==2)))
			goto S_381_1;
S_374_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_382_0;
S_381_1: /* 3 */
S_375_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==3)))
			goto S_381_2;
S_376_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_382_0;
S_381_2: /* 3 */
S_377_0: /* 2 */
		if (!((((int)now.st[ Index(((int)c), 3) ])==4)))
			goto S_381_3;
S_378_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_382_0;
S_381_3: /* 3 */
S_379_0: /* 2 */
		/* else */;
S_380_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_382_0;
S_381_4: /* 3 */
		Uerror("blocking sel in d_step (nr.22, near line 54)");
S_382_0: /* 2 */
		goto S_384_0;
S_384_0: /* 2 */
		now.st[ Index(c, 3) ] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[c]", ((int)now.st[ Index(((int)c), 3) ]));
#endif
		;
		goto S_388_0;
S_387_1: /* 3 */
S_385_0: /* 2 */
		/* else */;
S_386_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_388_0;
S_387_2: /* 3 */
		Uerror("blocking sel in d_step (nr.23, near line 226)");
S_388_0: /* 2 */
		goto S_390_0;
S_390_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 75: // STATE 435 - /dev/stdin:307 - [D_STEP307]
		if (!(boq == -1 && (((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&((((int)now.st[0])==1)||(((int)now.st[0])==5)))))
			continue;

		reached[0][435] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_392_0: /* 2 */
		if (!((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&((((int)now.st[0])==1)||(((int)now.st[0])==5)))))
			Uerror("block in d_step seq");
S_393_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_406_0: /* 2 */
S_404_0: /* 2 */
S_394_0: /* 2 */
		if (!((((int)now.st[0])==1)))
			goto S_404_1;
S_395_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_405_0;
S_404_1: /* 3 */
S_396_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_404_2;
S_397_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_405_0;
S_404_2: /* 3 */
S_398_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_404_3;
S_399_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_405_0;
S_404_3: /* 3 */
S_400_0: /* 2 */
		if (!((((int)now.st[0])==5)))
			goto S_404_4;
S_401_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_405_0;
S_404_4: /* 3 */
S_402_0: /* 2 */
		/* else */;
S_403_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_405_0;
S_404_5: /* 3 */
		Uerror("blocking sel in d_step (nr.24, near line 158)");
S_405_0: /* 2 */
		goto S_407_0;
S_407_0: /* 2 */
		now.st[0] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
S_432_0: /* 2 */
S_413_0: /* 2 */
S_408_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[0]), 5) ])))
			goto S_413_1;
S_409_0: /* 2 */
		now.dirty[0] = 1;
#ifdef VAR_RANGES
		logval("dirty[0]", ((int)now.dirty[0]));
#endif
		;
S_410_0: /* 2 */
		now.rwl[0] = 255;
#ifdef VAR_RANGES
		logval("rwl[0]", ((int)now.rwl[0]));
#endif
		;
		goto S_414_0;
S_413_1: /* 3 */
S_411_0: /* 2 */
		/* else */;
S_412_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_414_0;
S_413_2: /* 3 */
		Uerror("blocking sel in d_step (nr.25, near line 225)");
S_414_0: /* 2 */
S_430_0: /* 2 */
S_415_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[0]), 5) ])))
			goto S_430_1;
S_426_0: /* 2 */
S_424_0: /* 2 */
S_416_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_424_1;
S_417_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_425_0;
S_424_1: /* 3 */
S_418_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_424_2;
S_419_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_425_0;
S_424_2: /* 3 */
S_420_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_424_3;
S_421_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_425_0;
S_424_3: /* 3 */
S_422_0: /* 2 */
		/* else */;
S_423_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_425_0;
S_424_4: /* 3 */
		Uerror("blocking sel in d_step (nr.26, near line 54)");
S_425_0: /* 2 */
		goto S_427_0;
S_427_0: /* 2 */
		now.st[0] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
		goto S_431_0;
S_430_1: /* 3 */
S_428_0: /* 2 */
		/* else */;
S_429_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_431_0;
S_430_2: /* 3 */
		Uerror("blocking sel in d_step (nr.27, near line 226)");
S_431_0: /* 2 */
		goto S_433_0;
S_433_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 76: // STATE 460 - /dev/stdin:308 - [D_STEP308]
		if (!(boq == -1 && ((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			continue;

		reached[0][460] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_435_0: /* 2 */
		if (!(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			Uerror("block in d_step seq");
S_436_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_451_0: /* 2 */
S_449_0: /* 2 */
S_437_0: /* 2 */
		if (!((((int)now.st[0])==1)))
			goto S_449_1;
S_438_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_450_0;
S_449_1: /* 3 */
S_439_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_449_2;
S_440_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_450_0;
S_449_2: /* 3 */
S_441_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_449_3;
S_442_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_450_0;
S_449_3: /* 3 */
S_443_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_449_4;
S_444_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_450_0;
S_449_4: /* 3 */
S_445_0: /* 2 */
		if (!((((int)now.st[0])==5)))
			goto S_449_5;
S_446_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_450_0;
S_449_5: /* 3 */
S_447_0: /* 2 */
		/* else */;
S_448_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_450_0;
S_449_6: /* 3 */
		Uerror("blocking sel in d_step (nr.28, near line 167)");
S_450_0: /* 2 */
		goto S_456_0;
S_456_0: /* 2 */
S_452_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_456_1;
S_453_0: /* 2 */
		now.st[0] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
		goto S_457_0;
S_456_1: /* 3 */
S_454_0: /* 2 */
		/* else */;
S_455_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_457_0;
S_456_2: /* 3 */
		Uerror("blocking sel in d_step (nr.29, near line 308)");
S_457_0: /* 2 */
S_458_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 77: // STATE 477 - /dev/stdin:309 - [D_STEP309]
		if (!(boq == -1 && ((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			continue;

		reached[0][477] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_460_0: /* 2 */
		if (!(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			Uerror("block in d_step seq");
S_461_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_468_0: /* 2 */
S_466_0: /* 2 */
S_462_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_466_1;
S_463_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_467_0;
S_466_1: /* 3 */
S_464_0: /* 2 */
		/* else */;
S_465_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_467_0;
S_466_2: /* 3 */
		Uerror("blocking sel in d_step (nr.30, near line 106)");
S_467_0: /* 2 */
		goto S_473_0;
S_473_0: /* 2 */
S_469_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_473_1;
S_470_0: /* 2 */
		now.st[0] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
		goto S_474_0;
S_473_1: /* 3 */
S_471_0: /* 2 */
		/* else */;
S_472_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_474_0;
S_473_2: /* 3 */
		Uerror("blocking sel in d_step (nr.31, near line 309)");
S_474_0: /* 2 */
S_475_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 78: // STATE 494 - /dev/stdin:310 - [D_STEP310]
		if (!(boq == -1 && ((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			continue;

		reached[0][494] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_477_0: /* 2 */
		if (!(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			Uerror("block in d_step seq");
S_478_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_485_0: /* 2 */
S_483_0: /* 2 */
S_479_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_483_1;
S_480_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_484_0;
S_483_1: /* 3 */
S_481_0: /* 2 */
		/* else */;
S_482_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_484_0;
S_483_2: /* 3 */
		Uerror("blocking sel in d_step (nr.32, near line 177)");
S_484_0: /* 2 */
		goto S_490_0;
S_490_0: /* 2 */
S_486_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_490_1;
S_487_0: /* 2 */
		now.st[0] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
		goto S_491_0;
S_490_1: /* 3 */
S_488_0: /* 2 */
		/* else */;
S_489_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_491_0;
S_490_2: /* 3 */
		Uerror("blocking sel in d_step (nr.33, near line 310)");
S_491_0: /* 2 */
S_492_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 79: // STATE 528 - /dev/stdin:311 - [D_STEP311]
		if (!(boq == -1 && ((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			continue;

		reached[0][528] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_494_0: /* 2 */
		if (!(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			Uerror("block in d_step seq");
S_495_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_506_0: /* 2 */
S_504_0: /* 2 */
S_496_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_504_1;
S_497_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_505_0;
S_504_1: /* 3 */
S_498_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_504_2;
S_499_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_505_0;
S_504_2: /* 3 */
S_500_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_504_3;
S_501_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_505_0;
S_504_3: /* 3 */
S_502_0: /* 2 */
		/* else */;
S_503_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_505_0;
S_504_4: /* 3 */
		Uerror("blocking sel in d_step (nr.34, near line 88)");
S_505_0: /* 2 */
		goto S_524_0;
S_524_0: /* 2 */
S_507_0: /* 2 */
		if (!((((int)s2)==2)))
			goto S_524_1;
S_518_0: /* 2 */
S_516_0: /* 2 */
S_508_0: /* 2 */
		if (!((((int)s2)==2)))
			goto S_516_1;
S_509_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_517_0;
S_516_1: /* 3 */
S_510_0: /* 2 */
		if (!((((int)s2)==3)))
			goto S_516_2;
S_511_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_517_0;
S_516_2: /* 3 */
S_512_0: /* 2 */
		if (!((((int)s2)==4)))
			goto S_516_3;
S_513_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_517_0;
S_516_3: /* 3 */
S_514_0: /* 2 */
		/* else */;
S_515_0: /* 2 */
		t2 = 255;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_517_0;
S_516_4: /* 3 */
		Uerror("blocking sel in d_step (nr.35, near line 54)");
S_517_0: /* 2 */
		goto S_519_0;
S_519_0: /* 2 */
		now.st[0] = ((int)t2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
		goto S_525_0;
S_524_1: /* 3 */
S_520_0: /* 2 */
		if (!(((((int)s2)!=2)&&(((int)s2)!=255))))
			goto S_524_2;
S_521_0: /* 2 */
		now.st[0] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
		goto S_525_0;
S_524_2: /* 3 */
S_522_0: /* 2 */
		/* else */;
S_523_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_525_0;
S_524_3: /* 3 */
		Uerror("blocking sel in d_step (nr.36, near line 311)");
S_525_0: /* 2 */
S_526_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 80: // STATE 578 - /dev/stdin:312 - [D_STEP312]
		if (!(boq == -1 && ((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			continue;

		reached[0][578] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_528_0: /* 2 */
		if (!(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			Uerror("block in d_step seq");
S_529_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_544_0: /* 2 */
S_542_0: /* 2 */
S_530_0: /* 2 */
		if (!((((int)now.st[0])==1)))
			goto S_542_1;
S_531_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_543_0;
S_542_1: /* 3 */
S_532_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_542_2;
S_533_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_543_0;
S_542_2: /* 3 */
S_534_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_542_3;
S_535_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_543_0;
S_542_3: /* 3 */
S_536_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_542_4;
S_537_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_543_0;
S_542_4: /* 3 */
S_538_0: /* 2 */
		if (!((((int)now.st[0])==5)))
			goto S_542_5;
S_539_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_543_0;
S_542_5: /* 3 */
S_540_0: /* 2 */
		/* else */;
S_541_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_543_0;
S_542_6: /* 3 */
		Uerror("blocking sel in d_step (nr.37, near line 122)");
S_543_0: /* 2 */
		goto S_574_0;
S_574_0: /* 2 */
S_545_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_574_1;
S_546_0: /* 2 */
		now.st[0] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
S_571_0: /* 2 */
S_552_0: /* 2 */
S_547_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[0]), 5) ])))
			goto S_552_1;
S_548_0: /* 2 */
		now.dirty[0] = 1;
#ifdef VAR_RANGES
		logval("dirty[0]", ((int)now.dirty[0]));
#endif
		;
S_549_0: /* 2 */
		now.rwl[0] = 255;
#ifdef VAR_RANGES
		logval("rwl[0]", ((int)now.rwl[0]));
#endif
		;
		goto S_553_0;
S_552_1: /* 3 */
S_550_0: /* 2 */
		/* else */;
S_551_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_553_0;
S_552_2: /* 3 */
		Uerror("blocking sel in d_step (nr.38, near line 225)");
S_553_0: /* 2 */
S_569_0: /* 2 */
S_554_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[0]), 5) ])))
			goto S_569_1;
S_565_0: /* 2 */
S_563_0: /* 2 */
S_555_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_563_1;
S_556_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_564_0;
S_563_1: /* 3 */
S_557_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_563_2;
S_558_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_564_0;
S_563_2: /* 3 */
S_559_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_563_3;
S_560_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_564_0;
S_563_3: /* 3 */
S_561_0: /* 2 */
		/* else */;
S_562_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_564_0;
S_563_4: /* 3 */
		Uerror("blocking sel in d_step (nr.39, near line 54)");
S_564_0: /* 2 */
		goto S_566_0;
S_566_0: /* 2 */
		now.st[0] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
		goto S_570_0;
S_569_1: /* 3 */
S_567_0: /* 2 */
		/* else */;
S_568_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_570_0;
S_569_2: /* 3 */
		Uerror("blocking sel in d_step (nr.40, near line 226)");
S_570_0: /* 2 */
		goto S_575_0;
S_574_1: /* 3 */
S_572_0: /* 2 */
		/* else */;
S_573_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_575_0;
S_574_2: /* 3 */
		Uerror("blocking sel in d_step (nr.41, near line 312)");
S_575_0: /* 2 */
S_576_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 81: // STATE 635 - /dev/stdin:313 - [D_STEP313]
		if (!(boq == -1 && ((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			continue;

		reached[0][635] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_578_0: /* 2 */
		if (!(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			Uerror("block in d_step seq");
S_579_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_590_0: /* 2 */
S_588_0: /* 2 */
S_580_0: /* 2 */
		if (!((((int)now.st[0])==1)))
			goto S_588_1;
S_581_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_589_0;
S_588_1: /* 3 */
S_582_0: /* 2 */
		if (!((((int)now.st[0])==5)))
			goto S_588_2;
S_583_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_589_0;
S_588_2: /* 3 */
S_584_0: /* 2 */
		if (!((((int)now.st[0])==7)))
			goto S_588_3;
S_585_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_589_0;
S_588_3: /* 3 */
S_586_0: /* 2 */
		/* else */;
S_587_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_589_0;
S_588_4: /* 3 */
		Uerror("blocking sel in d_step (nr.42, near line 138)");
S_589_0: /* 2 */
		goto S_631_0;
S_631_0: /* 2 */
S_591_0: /* 2 */
		if (!((((int)s2)==8)))
			goto S_631_1;
S_628_0: /* 2 */
S_592_0: /* 2 */
		now.st[0] = 8;
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
S_593_0: /* 2 */
		now.nlive = (((int)now.nlive)-1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_625_0: /* 2 */
S_594_0: /* 2 */
		rl = ((int)now.lay[0]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_623_0: /* 2 */
S_622_0: /* 2 */
S_595_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_622_1;
S_596_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_618_0: /* 2 */
S_597_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_618_1;
S_598_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_599_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_600_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_601_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_613_0: /* 2 */
S_612_0: /* 2 */
S_602_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_612_1;
S_607_0: /* 2 */
S_603_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_607_1;
S_604_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_608_0;
S_607_1: /* 3 */
S_605_0: /* 2 */
		/* else */;
S_606_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_608_0;
S_607_2: /* 3 */
		Uerror("blocking sel in d_step (nr.43, near line 208)");
S_608_0: /* 2 */
S_609_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_613_0; /* ';' */
S_612_1: /* 3 */
S_610_0: /* 2 */
		/* else */;
S_611_0: /* 2 */
		goto S_615_0;	/* 'goto' */
S_612_2: /* 3 */
		Uerror("blocking sel in d_step (nr.44, near line 208)");
S_614_0: /* 2 */
		goto S_615_0;	/* 'break' */
S_615_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_619_0;
S_618_1: /* 3 */
S_616_0: /* 2 */
		/* else */;
S_617_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_619_0;
S_618_2: /* 3 */
		Uerror("blocking sel in d_step (nr.45, near line 205)");
S_619_0: /* 2 */
		goto S_623_0; /* '.' */
		goto S_623_0; /* ';' */
S_622_1: /* 3 */
S_620_0: /* 2 */
		/* else */;
S_621_0: /* 2 */
		goto S_626_0;	/* 'goto' */
S_622_2: /* 3 */
		Uerror("blocking sel in d_step (nr.46, near line 202)");
S_624_0: /* 2 */
		goto S_626_0;	/* 'break' */
		goto S_626_0;
S_626_0: /* 2 */
		now.lay[0] = 255;
#ifdef VAR_RANGES
		logval("lay[0]", ((int)now.lay[0]));
#endif
		;
S_627_0: /* 2 */
		now.rwl[0] = 255;
#ifdef VAR_RANGES
		logval("rwl[0]", ((int)now.rwl[0]));
#endif
		;
		goto S_632_0;
S_631_1: /* 3 */
S_629_0: /* 2 */
		/* else */;
S_630_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_632_0;
S_631_2: /* 3 */
		Uerror("blocking sel in d_step (nr.47, near line 313)");
S_632_0: /* 2 */
S_633_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 82: // STATE 700 - /dev/stdin:314 - [D_STEP314]
		if (!(boq == -1 && ((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			continue;

		reached[0][700] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_635_0: /* 2 */
		if (!(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			Uerror("block in d_step seq");
S_636_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_655_0: /* 2 */
S_653_0: /* 2 */
S_637_0: /* 2 */
		if (!((((int)now.st[0])==1)))
			goto S_653_1;
S_638_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_654_0;
S_653_1: /* 3 */
S_639_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_653_2;
S_640_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_654_0;
S_653_2: /* 3 */
S_641_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_653_3;
S_642_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_654_0;
S_653_3: /* 3 */
S_643_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_653_4;
S_644_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_654_0;
S_653_4: /* 3 */
S_645_0: /* 2 */
		if (!((((int)now.st[0])==5)))
			goto S_653_5;
S_646_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_654_0;
S_653_5: /* 3 */
S_647_0: /* 2 */
		if (!((((int)now.st[0])==6)))
			goto S_653_6;
S_648_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_654_0;
S_653_6: /* 3 */
S_649_0: /* 2 */
		if (!((((int)now.st[0])==7)))
			goto S_653_7;
S_650_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_654_0;
S_653_7: /* 3 */
S_651_0: /* 2 */
		/* else */;
S_652_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_654_0;
S_653_8: /* 3 */
		Uerror("blocking sel in d_step (nr.48, near line 146)");
S_654_0: /* 2 */
		goto S_696_0;
S_696_0: /* 2 */
S_656_0: /* 2 */
		if (!((((int)s2)==8)))
			goto S_696_1;
S_693_0: /* 2 */
S_657_0: /* 2 */
		now.st[0] = 8;
#ifdef VAR_RANGES
		logval("st[0]", ((int)now.st[0]));
#endif
		;
S_658_0: /* 2 */
		now.nlive = (((int)now.nlive)-1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_690_0: /* 2 */
S_659_0: /* 2 */
		rl = ((int)now.lay[0]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_688_0: /* 2 */
S_687_0: /* 2 */
S_660_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_687_1;
S_661_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_683_0: /* 2 */
S_662_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_683_1;
S_663_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_664_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_665_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_666_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_678_0: /* 2 */
S_677_0: /* 2 */
S_667_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_677_1;
S_672_0: /* 2 */
S_668_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_672_1;
S_669_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_673_0;
S_672_1: /* 3 */
S_670_0: /* 2 */
		/* else */;
S_671_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_673_0;
S_672_2: /* 3 */
		Uerror("blocking sel in d_step (nr.49, near line 208)");
S_673_0: /* 2 */
S_674_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_678_0; /* ';' */
S_677_1: /* 3 */
S_675_0: /* 2 */
		/* else */;
S_676_0: /* 2 */
		goto S_680_0;	/* 'goto' */
S_677_2: /* 3 */
		Uerror("blocking sel in d_step (nr.50, near line 208)");
S_679_0: /* 2 */
		goto S_680_0;	/* 'break' */
S_680_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_684_0;
S_683_1: /* 3 */
S_681_0: /* 2 */
		/* else */;
S_682_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_684_0;
S_683_2: /* 3 */
		Uerror("blocking sel in d_step (nr.51, near line 205)");
S_684_0: /* 2 */
		goto S_688_0; /* '.' */
		goto S_688_0; /* ';' */
S_687_1: /* 3 */
S_685_0: /* 2 */
		/* else */;
S_686_0: /* 2 */
		goto S_691_0;	/* 'goto' */
S_687_2: /* 3 */
		Uerror("blocking sel in d_step (nr.52, near line 202)");
S_689_0: /* 2 */
		goto S_691_0;	/* 'break' */
		goto S_691_0;
S_691_0: /* 2 */
		now.lay[0] = 255;
#ifdef VAR_RANGES
		logval("lay[0]", ((int)now.lay[0]));
#endif
		;
S_692_0: /* 2 */
		now.rwl[0] = 255;
#ifdef VAR_RANGES
		logval("rwl[0]", ((int)now.rwl[0]));
#endif
		;
		goto S_697_0;
S_696_1: /* 3 */
S_694_0: /* 2 */
		/* else */;
S_695_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_697_0;
S_696_2: /* 3 */
		Uerror("blocking sel in d_step (nr.53, near line 314)");
S_697_0: /* 2 */
S_698_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 83: // STATE 718 - /dev/stdin:315 - [D_STEP315]
		if (!(boq == -1 && ((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			continue;

		reached[0][718] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_700_0: /* 2 */
		if (!(((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))))
			Uerror("block in d_step seq");
S_701_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_708_0: /* 2 */
S_706_0: /* 2 */
S_702_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_706_1;
S_703_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_707_0;
S_706_1: /* 3 */
S_704_0: /* 2 */
		/* else */;
S_705_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_707_0;
S_706_2: /* 3 */
		Uerror("blocking sel in d_step (nr.54, near line 72)");
S_707_0: /* 2 */
		goto S_714_0;
S_714_0: /* 2 */
S_709_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_714_1;
S_710_0: /* 2 */
		now.dirty[0] = 1;
#ifdef VAR_RANGES
		logval("dirty[0]", ((int)now.dirty[0]));
#endif
		;
S_711_0: /* 2 */
		now.rwl[0] = 255;
#ifdef VAR_RANGES
		logval("rwl[0]", ((int)now.rwl[0]));
#endif
		;
		goto S_715_0;
S_714_1: /* 3 */
S_712_0: /* 2 */
		/* else */;
S_713_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_715_0;
S_714_2: /* 3 */
		Uerror("blocking sel in d_step (nr.55, near line 315)");
S_715_0: /* 2 */
S_716_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 84: // STATE 793 - /dev/stdin:316 - [D_STEP316]
		if (!(boq == -1 && (((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.tag[1])==255))&& !(((int)now.iex[1])))&&(((int)now.img[0])!=254))))
			continue;

		reached[0][793] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_718_0: /* 2 */
		if (!((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.tag[1])==255))&& !(((int)now.iex[1])))&&(((int)now.img[0])!=254))))
			Uerror("block in d_step seq");
S_719_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_734_0: /* 2 */
S_732_0: /* 2 */
S_720_0: /* 2 */
		if (!((((int)now.st[0])==1)))
			goto S_732_1;
S_721_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_733_0;
S_732_1: /* 3 */
S_722_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_732_2;
S_723_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_733_0;
S_732_2: /* 3 */
S_724_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_732_3;
S_725_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_733_0;
S_732_3: /* 3 */
S_726_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_732_4;
S_727_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_733_0;
S_732_4: /* 3 */
S_728_0: /* 2 */
		if (!((((int)now.st[0])==5)))
			goto S_732_5;
S_729_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_733_0;
S_732_5: /* 3 */
S_730_0: /* 2 */
		/* else */;
S_731_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_733_0;
S_732_6: /* 3 */
		Uerror("blocking sel in d_step (nr.56, near line 44)");
S_733_0: /* 2 */
		goto S_789_0;
S_789_0: /* 2 */
S_735_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_789_1;
S_786_0: /* 2 */
S_736_0: /* 2 */
		j = 1;
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_742_0: /* 2 */
S_741_0: /* 2 */
S_737_0: /* 2 */
		if (!(((((int)j)<2)&&((int)now.iex[ Index(((int)j), 2) ]))))
			goto S_741_1;
S_738_0: /* 2 */
		j = (((int)j)+1);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_742_0; /* ';' */
S_741_1: /* 3 */
S_739_0: /* 2 */
		/* else */;
S_740_0: /* 2 */
		goto S_764_0;	/* 'goto' */
S_741_2: /* 3 */
		Uerror("blocking sel in d_step (nr.57, near line 271)");
S_743_0: /* 2 */
		goto S_764_0;	/* 'break' */
S_764_0: /* 2 */
S_744_0: /* 2 */
		if (!((((((int)now.dirty[0])&&(((int)now.rwl[0])!=255))&&((int)now.lex[ Index(((int)now.rwl[0]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[0]), 9) ])==((int)now.lay[0])))))
			goto S_764_1;
S_745_0: /* 2 */
		n = ((int)now.rwl[0]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_765_0;
S_764_1: /* 3 */
S_746_0: /* 2 */
		if (!((((int)now.dirty[0])&& !((((((int)now.rwl[0])!=255)&&((int)now.lex[ Index(((int)now.rwl[0]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[0]), 9) ])==((int)now.lay[0])))))))
			goto S_764_2;
S_760_0: /* 2 */
S_747_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_753_0: /* 2 */
S_752_0: /* 2 */
S_748_0: /* 2 */
		if (!(((((int)n)<9)&&((int)now.lex[ Index(((int)n), 9) ]))))
			goto S_752_1;
S_749_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_753_0; /* ';' */
S_752_1: /* 3 */
S_750_0: /* 2 */
		/* else */;
S_751_0: /* 2 */
		goto S_755_0;	/* 'goto' */
S_752_2: /* 3 */
		Uerror("blocking sel in d_step (nr.58, near line 218)");
S_754_0: /* 2 */
		goto S_755_0;	/* 'break' */
S_755_0: /* 2 */
		spin_assert((((int)n)<9), "(n<9)", II, tt, t);
S_756_0: /* 2 */
		now.lex[ Index(n, 9) ] = 1;
#ifdef VAR_RANGES
		logval("lex[n]", ((int)now.lex[ Index(((int)n), 9) ]));
#endif
		;
S_757_0: /* 2 */
		now.lpar[ Index(n, 9) ] = ((int)now.lay[0]);
#ifdef VAR_RANGES
		logval("lpar[n]", ((int)now.lpar[ Index(((int)n), 9) ]));
#endif
		;
S_758_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_759_0: /* 2 */
		now.lrefs[ Index(now.lay[0], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[0]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[0]]", ((int)now.lrefs[ Index(((int)now.lay[0]), 9) ]));
#endif
		;
		goto S_761_0;
S_761_0: /* 2 */
		now.rwl[0] = ((int)n);
#ifdef VAR_RANGES
		logval("rwl[0]", ((int)now.rwl[0]));
#endif
		;
		goto S_765_0;
S_764_2: /* 3 */
S_762_0: /* 2 */
		/* else */;
S_763_0: /* 2 */
		n = ((int)now.lay[0]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_765_0;
S_764_3: /* 3 */
		Uerror("blocking sel in d_step (nr.59, near line 272)");
S_765_0: /* 2 */
S_766_0: /* 2 */
		now.iex[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iex[j]", ((int)now.iex[ Index(((int)j), 2) ]));
#endif
		;
S_767_0: /* 2 */
		now.ipar[ Index(j, 2) ] = ((int)now.img[0]);
#ifdef VAR_RANGES
		logval("ipar[j]", ((int)now.ipar[ Index(((int)j), 2) ]));
#endif
		;
S_768_0: /* 2 */
		now.itop[ Index(j, 2) ] = ((int)n);
#ifdef VAR_RANGES
		logval("itop[j]", ((int)now.itop[ Index(((int)j), 2) ]));
#endif
		;
S_769_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = (((int)now.lrefs[ Index(((int)n), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_770_0: /* 2 */
		now.tag[1] = ((int)j);
#ifdef VAR_RANGES
		logval("tag[1]", ((int)now.tag[1]));
#endif
		;
S_771_0: /* 2 */
		now.iage[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
S_772_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_784_0: /* 2 */
S_783_0: /* 2 */
S_773_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_783_1;
S_778_0: /* 2 */
S_774_0: /* 2 */
		if (!((((((int)c)!=((int)j))&&((int)now.iex[ Index(((int)c), 2) ]))&&(((int)now.iage[ Index(((int)c), 2) ])>=((int)now.iage[ Index(((int)j), 2) ])))))
			goto S_778_1;
S_775_0: /* 2 */
		now.iage[ Index(j, 2) ] = (((int)now.iage[ Index(((int)c), 2) ])+1);
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
		goto S_779_0;
S_778_1: /* 3 */
S_776_0: /* 2 */
		/* else */;
S_777_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_779_0;
S_778_2: /* 3 */
		Uerror("blocking sel in d_step (nr.60, near line 278)");
S_779_0: /* 2 */
S_780_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_784_0; /* ';' */
S_783_1: /* 3 */
S_781_0: /* 2 */
		/* else */;
S_782_0: /* 2 */
		goto S_790_0;	/* 'goto' */
S_783_2: /* 3 */
		Uerror("blocking sel in d_step (nr.61, near line 278)");
S_785_0: /* 2 */
		goto S_790_0;	/* 'break' */
		goto S_790_0;
		goto S_790_0;
S_789_1: /* 3 */
S_787_0: /* 2 */
		/* else */;
S_788_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_790_0;
S_789_2: /* 3 */
		Uerror("blocking sel in d_step (nr.62, near line 316)");
S_790_0: /* 2 */
S_791_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 85: // STATE 868 - /dev/stdin:317 - [D_STEP317]
		if (!(boq == -1 && ((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))&& !(((int)now.iex[1])))&&(((int)now.img[0])!=254))))
			continue;

		reached[0][868] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_793_0: /* 2 */
		if (!(((((((((int)now.st[0])!=0)&&(((int)now.st[0])!=8))&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))&& !(((int)now.iex[1])))&&(((int)now.img[0])!=254))))
			Uerror("block in d_step seq");
S_794_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_809_0: /* 2 */
S_807_0: /* 2 */
S_795_0: /* 2 */
		if (!((((int)now.st[0])==1)))
			goto S_807_1;
S_796_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_808_0;
S_807_1: /* 3 */
S_797_0: /* 2 */
		if (!((((int)now.st[0])==2)))
			goto S_807_2;
S_798_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_808_0;
S_807_2: /* 3 */
S_799_0: /* 2 */
		if (!((((int)now.st[0])==3)))
			goto S_807_3;
S_800_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_808_0;
S_807_3: /* 3 */
S_801_0: /* 2 */
		if (!((((int)now.st[0])==4)))
			goto S_807_4;
S_802_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_808_0;
S_807_4: /* 3 */
S_803_0: /* 2 */
		if (!((((int)now.st[0])==5)))
			goto S_807_5;
S_804_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_808_0;
S_807_5: /* 3 */
S_805_0: /* 2 */
		/* else */;
S_806_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_808_0;
S_807_6: /* 3 */
		Uerror("blocking sel in d_step (nr.63, near line 44)");
S_808_0: /* 2 */
		goto S_864_0;
S_864_0: /* 2 */
S_810_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_864_1;
S_861_0: /* 2 */
S_811_0: /* 2 */
		j = 1;
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_817_0: /* 2 */
S_816_0: /* 2 */
S_812_0: /* 2 */
		if (!(((((int)j)<2)&&((int)now.iex[ Index(((int)j), 2) ]))))
			goto S_816_1;
S_813_0: /* 2 */
		j = (((int)j)+1);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_817_0; /* ';' */
S_816_1: /* 3 */
S_814_0: /* 2 */
		/* else */;
S_815_0: /* 2 */
		goto S_839_0;	/* 'goto' */
S_816_2: /* 3 */
		Uerror("blocking sel in d_step (nr.64, near line 271)");
S_818_0: /* 2 */
		goto S_839_0;	/* 'break' */
S_839_0: /* 2 */
S_819_0: /* 2 */
		if (!((((((int)now.dirty[0])&&(((int)now.rwl[0])!=255))&&((int)now.lex[ Index(((int)now.rwl[0]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[0]), 9) ])==((int)now.lay[0])))))
			goto S_839_1;
S_820_0: /* 2 */
		n = ((int)now.rwl[0]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_840_0;
S_839_1: /* 3 */
S_821_0: /* 2 */
		if (!((((int)now.dirty[0])&& !((((((int)now.rwl[0])!=255)&&((int)now.lex[ Index(((int)now.rwl[0]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[0]), 9) ])==((int)now.lay[0])))))))
			goto S_839_2;
S_835_0: /* 2 */
S_822_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_828_0: /* 2 */
S_827_0: /* 2 */
S_823_0: /* 2 */
		if (!(((((int)n)<9)&&((int)now.lex[ Index(((int)n), 9) ]))))
			goto S_827_1;
S_824_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_828_0; /* ';' */
S_827_1: /* 3 */
S_825_0: /* 2 */
		/* else */;
S_826_0: /* 2 */
		goto S_830_0;	/* 'goto' */
S_827_2: /* 3 */
		Uerror("blocking sel in d_step (nr.65, near line 218)");
S_829_0: /* 2 */
		goto S_830_0;	/* 'break' */
S_830_0: /* 2 */
		spin_assert((((int)n)<9), "(n<9)", II, tt, t);
S_831_0: /* 2 */
		now.lex[ Index(n, 9) ] = 1;
#ifdef VAR_RANGES
		logval("lex[n]", ((int)now.lex[ Index(((int)n), 9) ]));
#endif
		;
S_832_0: /* 2 */
		now.lpar[ Index(n, 9) ] = ((int)now.lay[0]);
#ifdef VAR_RANGES
		logval("lpar[n]", ((int)now.lpar[ Index(((int)n), 9) ]));
#endif
		;
S_833_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_834_0: /* 2 */
		now.lrefs[ Index(now.lay[0], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[0]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[0]]", ((int)now.lrefs[ Index(((int)now.lay[0]), 9) ]));
#endif
		;
		goto S_836_0;
S_836_0: /* 2 */
		now.rwl[0] = ((int)n);
#ifdef VAR_RANGES
		logval("rwl[0]", ((int)now.rwl[0]));
#endif
		;
		goto S_840_0;
S_839_2: /* 3 */
S_837_0: /* 2 */
		/* else */;
S_838_0: /* 2 */
		n = ((int)now.lay[0]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_840_0;
S_839_3: /* 3 */
		Uerror("blocking sel in d_step (nr.66, near line 272)");
S_840_0: /* 2 */
S_841_0: /* 2 */
		now.iex[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iex[j]", ((int)now.iex[ Index(((int)j), 2) ]));
#endif
		;
S_842_0: /* 2 */
		now.ipar[ Index(j, 2) ] = ((int)now.img[0]);
#ifdef VAR_RANGES
		logval("ipar[j]", ((int)now.ipar[ Index(((int)j), 2) ]));
#endif
		;
S_843_0: /* 2 */
		now.itop[ Index(j, 2) ] = ((int)n);
#ifdef VAR_RANGES
		logval("itop[j]", ((int)now.itop[ Index(((int)j), 2) ]));
#endif
		;
S_844_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = (((int)now.lrefs[ Index(((int)n), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_845_0: /* 2 */
		now.tag[2] = ((int)j);
#ifdef VAR_RANGES
		logval("tag[2]", ((int)now.tag[2]));
#endif
		;
S_846_0: /* 2 */
		now.iage[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
S_847_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_859_0: /* 2 */
S_858_0: /* 2 */
S_848_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_858_1;
S_853_0: /* 2 */
S_849_0: /* 2 */
		if (!((((((int)c)!=((int)j))&&((int)now.iex[ Index(((int)c), 2) ]))&&(((int)now.iage[ Index(((int)c), 2) ])>=((int)now.iage[ Index(((int)j), 2) ])))))
			goto S_853_1;
S_850_0: /* 2 */
		now.iage[ Index(j, 2) ] = (((int)now.iage[ Index(((int)c), 2) ])+1);
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
		goto S_854_0;
S_853_1: /* 3 */
S_851_0: /* 2 */
		/* else */;
S_852_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_854_0;
S_853_2: /* 3 */
		Uerror("blocking sel in d_step (nr.67, near line 278)");
S_854_0: /* 2 */
S_855_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_859_0; /* ';' */
S_858_1: /* 3 */
S_856_0: /* 2 */
		/* else */;
S_857_0: /* 2 */
		goto S_865_0;	/* 'goto' */
S_858_2: /* 3 */
		Uerror("blocking sel in d_step (nr.68, near line 278)");
S_860_0: /* 2 */
		goto S_865_0;	/* 'break' */
		goto S_865_0;
		goto S_865_0;
S_864_1: /* 3 */
S_862_0: /* 2 */
		/* else */;
S_863_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_865_0;
S_864_2: /* 3 */
		Uerror("blocking sel in d_step (nr.69, near line 317)");
S_865_0: /* 2 */
S_866_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 86: // STATE 911 - /dev/stdin:318 - [D_STEP318]
		if (!(boq == -1 && (((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&((((int)now.st[1])==1)||(((int)now.st[1])==5)))))
			continue;

		reached[0][911] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_868_0: /* 2 */
		if (!((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&((((int)now.st[1])==1)||(((int)now.st[1])==5)))))
			Uerror("block in d_step seq");
S_869_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_882_0: /* 2 */
S_880_0: /* 2 */
S_870_0: /* 2 */
		if (!((((int)now.st[1])==1)))
			goto S_880_1;
S_871_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_881_0;
S_880_1: /* 3 */
S_872_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_880_2;
S_873_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_881_0;
S_880_2: /* 3 */
S_874_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_880_3;
S_875_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_881_0;
S_880_3: /* 3 */
S_876_0: /* 2 */
		if (!((((int)now.st[1])==5)))
			goto S_880_4;
S_877_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_881_0;
S_880_4: /* 3 */
S_878_0: /* 2 */
		/* else */;
S_879_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_881_0;
S_880_5: /* 3 */
		Uerror("blocking sel in d_step (nr.70, near line 158)");
S_881_0: /* 2 */
		goto S_883_0;
S_883_0: /* 2 */
		now.st[1] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
S_908_0: /* 2 */
S_889_0: /* 2 */
S_884_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[1]), 5) ])))
			goto S_889_1;
S_885_0: /* 2 */
		now.dirty[1] = 1;
#ifdef VAR_RANGES
		logval("dirty[1]", ((int)now.dirty[1]));
#endif
		;
S_886_0: /* 2 */
		now.rwl[1] = 255;
#ifdef VAR_RANGES
		logval("rwl[1]", ((int)now.rwl[1]));
#endif
		;
		goto S_890_0;
S_889_1: /* 3 */
S_887_0: /* 2 */
		/* else */;
S_888_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_890_0;
S_889_2: /* 3 */
		Uerror("blocking sel in d_step (nr.71, near line 225)");
S_890_0: /* 2 */
S_906_0: /* 2 */
S_891_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[1]), 5) ])))
			goto S_906_1;
S_902_0: /* 2 */
S_900_0: /* 2 */
S_892_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_900_1;
S_893_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_901_0;
S_900_1: /* 3 */
S_894_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_900_2;
S_895_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_901_0;
S_900_2: /* 3 */
S_896_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_900_3;
S_897_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_901_0;
S_900_3: /* 3 */
S_898_0: /* 2 */
		/* else */;
S_899_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_901_0;
S_900_4: /* 3 */
		Uerror("blocking sel in d_step (nr.72, near line 54)");
S_901_0: /* 2 */
		goto S_903_0;
S_903_0: /* 2 */
		now.st[1] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
		goto S_907_0;
S_906_1: /* 3 */
S_904_0: /* 2 */
		/* else */;
S_905_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_907_0;
S_906_2: /* 3 */
		Uerror("blocking sel in d_step (nr.73, near line 226)");
S_907_0: /* 2 */
		goto S_909_0;
S_909_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 87: // STATE 936 - /dev/stdin:319 - [D_STEP319]
		if (!(boq == -1 && ((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			continue;

		reached[0][936] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_911_0: /* 2 */
		if (!(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			Uerror("block in d_step seq");
S_912_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_927_0: /* 2 */
S_925_0: /* 2 */
S_913_0: /* 2 */
		if (!((((int)now.st[1])==1)))
			goto S_925_1;
S_914_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_926_0;
S_925_1: /* 3 */
S_915_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_925_2;
S_916_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_926_0;
S_925_2: /* 3 */
S_917_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_925_3;
S_918_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_926_0;
S_925_3: /* 3 */
S_919_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_925_4;
S_920_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_926_0;
S_925_4: /* 3 */
S_921_0: /* 2 */
		if (!((((int)now.st[1])==5)))
			goto S_925_5;
S_922_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_926_0;
S_925_5: /* 3 */
S_923_0: /* 2 */
		/* else */;
S_924_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_926_0;
S_925_6: /* 3 */
		Uerror("blocking sel in d_step (nr.74, near line 167)");
S_926_0: /* 2 */
		goto S_932_0;
S_932_0: /* 2 */
S_928_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_932_1;
S_929_0: /* 2 */
		now.st[1] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
		goto S_933_0;
S_932_1: /* 3 */
S_930_0: /* 2 */
		/* else */;
S_931_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_933_0;
S_932_2: /* 3 */
		Uerror("blocking sel in d_step (nr.75, near line 319)");
S_933_0: /* 2 */
S_934_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 88: // STATE 953 - /dev/stdin:320 - [D_STEP320]
		if (!(boq == -1 && ((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			continue;

		reached[0][953] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_936_0: /* 2 */
		if (!(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			Uerror("block in d_step seq");
S_937_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_944_0: /* 2 */
S_942_0: /* 2 */
S_938_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_942_1;
S_939_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_943_0;
S_942_1: /* 3 */
S_940_0: /* 2 */
		/* else */;
S_941_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_943_0;
S_942_2: /* 3 */
		Uerror("blocking sel in d_step (nr.76, near line 106)");
S_943_0: /* 2 */
		goto S_949_0;
S_949_0: /* 2 */
S_945_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_949_1;
S_946_0: /* 2 */
		now.st[1] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
		goto S_950_0;
S_949_1: /* 3 */
S_947_0: /* 2 */
		/* else */;
S_948_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_950_0;
S_949_2: /* 3 */
		Uerror("blocking sel in d_step (nr.77, near line 320)");
S_950_0: /* 2 */
S_951_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 89: // STATE 970 - /dev/stdin:321 - [D_STEP321]
		if (!(boq == -1 && ((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			continue;

		reached[0][970] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_953_0: /* 2 */
		if (!(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			Uerror("block in d_step seq");
S_954_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_961_0: /* 2 */
S_959_0: /* 2 */
S_955_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_959_1;
S_956_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_960_0;
S_959_1: /* 3 */
S_957_0: /* 2 */
		/* else */;
S_958_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_960_0;
S_959_2: /* 3 */
		Uerror("blocking sel in d_step (nr.78, near line 177)");
S_960_0: /* 2 */
		goto S_966_0;
S_966_0: /* 2 */
S_962_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_966_1;
S_963_0: /* 2 */
		now.st[1] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
		goto S_967_0;
S_966_1: /* 3 */
S_964_0: /* 2 */
		/* else */;
S_965_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_967_0;
S_966_2: /* 3 */
		Uerror("blocking sel in d_step (nr.79, near line 321)");
S_967_0: /* 2 */
S_968_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 90: // STATE 1004 - /dev/stdin:322 - [D_STEP322]
		if (!(boq == -1 && ((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			continue;

		reached[0][1004] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_970_0: /* 2 */
		if (!(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			Uerror("block in d_step seq");
S_971_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_982_0: /* 2 */
S_980_0: /* 2 */
S_972_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_980_1;
S_973_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_981_0;
S_980_1: /* 3 */
S_974_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_980_2;
S_975_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_981_0;
S_980_2: /* 3 */
S_976_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_980_3;
S_977_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_981_0;
S_980_3: /* 3 */
S_978_0: /* 2 */
		/* else */;
S_979_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_981_0;
S_980_4: /* 3 */
		Uerror("blocking sel in d_step (nr.80, near line 88)");
S_981_0: /* 2 */
		goto S_1000_0;
S_1000_0: /* 2 */
S_983_0: /* 2 */
		if (!((((int)s2)==2)))
			goto S_1000_1;
S_994_0: /* 2 */
S_992_0: /* 2 */
S_984_0: /* 2 */
		if (!((((int)s2)==2)))
			goto S_992_1;
S_985_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_993_0;
S_992_1: /* 3 */
S_986_0: /* 2 */
		if (!((((int)s2)==3)))
			goto S_992_2;
S_987_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_993_0;
S_992_2: /* 3 */
S_988_0: /* 2 */
		if (!((((int)s2)==4)))
			goto S_992_3;
S_989_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_993_0;
S_992_3: /* 3 */
S_990_0: /* 2 */
		/* else */;
S_991_0: /* 2 */
		t2 = 255;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_993_0;
S_992_4: /* 3 */
		Uerror("blocking sel in d_step (nr.81, near line 54)");
S_993_0: /* 2 */
		goto S_995_0;
S_995_0: /* 2 */
		now.st[1] = ((int)t2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
		goto S_1001_0;
S_1000_1: /* 3 */
S_996_0: /* 2 */
		if (!(((((int)s2)!=2)&&(((int)s2)!=255))))
			goto S_1000_2;
S_997_0: /* 2 */
		now.st[1] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
		goto S_1001_0;
S_1000_2: /* 3 */
S_998_0: /* 2 */
		/* else */;
S_999_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1001_0;
S_1000_3: /* 3 */
		Uerror("blocking sel in d_step (nr.82, near line 322)");
S_1001_0: /* 2 */
S_1002_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 91: // STATE 1054 - /dev/stdin:323 - [D_STEP323]
		if (!(boq == -1 && ((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			continue;

		reached[0][1054] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1004_0: /* 2 */
		if (!(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			Uerror("block in d_step seq");
S_1005_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1020_0: /* 2 */
S_1018_0: /* 2 */
S_1006_0: /* 2 */
		if (!((((int)now.st[1])==1)))
			goto S_1018_1;
S_1007_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1019_0;
S_1018_1: /* 3 */
S_1008_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_1018_2;
S_1009_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1019_0;
S_1018_2: /* 3 */
S_1010_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_1018_3;
S_1011_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1019_0;
S_1018_3: /* 3 */
S_1012_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_1018_4;
S_1013_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1019_0;
S_1018_4: /* 3 */
S_1014_0: /* 2 */
		if (!((((int)now.st[1])==5)))
			goto S_1018_5;
S_1015_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1019_0;
S_1018_5: /* 3 */
S_1016_0: /* 2 */
		/* else */;
S_1017_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1019_0;
S_1018_6: /* 3 */
		Uerror("blocking sel in d_step (nr.83, near line 122)");
S_1019_0: /* 2 */
		goto S_1050_0;
S_1050_0: /* 2 */
S_1021_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1050_1;
S_1022_0: /* 2 */
		now.st[1] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
S_1047_0: /* 2 */
S_1028_0: /* 2 */
S_1023_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[1]), 5) ])))
			goto S_1028_1;
S_1024_0: /* 2 */
		now.dirty[1] = 1;
#ifdef VAR_RANGES
		logval("dirty[1]", ((int)now.dirty[1]));
#endif
		;
S_1025_0: /* 2 */
		now.rwl[1] = 255;
#ifdef VAR_RANGES
		logval("rwl[1]", ((int)now.rwl[1]));
#endif
		;
		goto S_1029_0;
S_1028_1: /* 3 */
S_1026_0: /* 2 */
		/* else */;
S_1027_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1029_0;
S_1028_2: /* 3 */
		Uerror("blocking sel in d_step (nr.84, near line 225)");
S_1029_0: /* 2 */
S_1045_0: /* 2 */
S_1030_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[1]), 5) ])))
			goto S_1045_1;
S_1041_0: /* 2 */
S_1039_0: /* 2 */
S_1031_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_1039_1;
S_1032_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1040_0;
S_1039_1: /* 3 */
S_1033_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_1039_2;
S_1034_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1040_0;
S_1039_2: /* 3 */
S_1035_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_1039_3;
S_1036_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1040_0;
S_1039_3: /* 3 */
S_1037_0: /* 2 */
		/* else */;
S_1038_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1040_0;
S_1039_4: /* 3 */
		Uerror("blocking sel in d_step (nr.85, near line 54)");
S_1040_0: /* 2 */
		goto S_1042_0;
S_1042_0: /* 2 */
		now.st[1] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
		goto S_1046_0;
S_1045_1: /* 3 */
S_1043_0: /* 2 */
		/* else */;
S_1044_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1046_0;
S_1045_2: /* 3 */
		Uerror("blocking sel in d_step (nr.86, near line 226)");
S_1046_0: /* 2 */
		goto S_1051_0;
S_1050_1: /* 3 */
S_1048_0: /* 2 */
		/* else */;
S_1049_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1051_0;
S_1050_2: /* 3 */
		Uerror("blocking sel in d_step (nr.87, near line 323)");
S_1051_0: /* 2 */
S_1052_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 92: // STATE 1111 - /dev/stdin:324 - [D_STEP324]
		if (!(boq == -1 && ((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			continue;

		reached[0][1111] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1054_0: /* 2 */
		if (!(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			Uerror("block in d_step seq");
S_1055_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1066_0: /* 2 */
S_1064_0: /* 2 */
S_1056_0: /* 2 */
		if (!((((int)now.st[1])==1)))
			goto S_1064_1;
S_1057_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1065_0;
S_1064_1: /* 3 */
S_1058_0: /* 2 */
		if (!((((int)now.st[1])==5)))
			goto S_1064_2;
S_1059_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1065_0;
S_1064_2: /* 3 */
S_1060_0: /* 2 */
		if (!((((int)now.st[1])==7)))
			goto S_1064_3;
S_1061_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1065_0;
S_1064_3: /* 3 */
S_1062_0: /* 2 */
		/* else */;
S_1063_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1065_0;
S_1064_4: /* 3 */
		Uerror("blocking sel in d_step (nr.88, near line 138)");
S_1065_0: /* 2 */
		goto S_1107_0;
S_1107_0: /* 2 */
S_1067_0: /* 2 */
		if (!((((int)s2)==8)))
			goto S_1107_1;
S_1104_0: /* 2 */
S_1068_0: /* 2 */
		now.st[1] = 8;
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
S_1069_0: /* 2 */
		now.nlive = (((int)now.nlive)-1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_1101_0: /* 2 */
S_1070_0: /* 2 */
		rl = ((int)now.lay[1]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_1099_0: /* 2 */
S_1098_0: /* 2 */
S_1071_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_1098_1;
S_1072_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_1094_0: /* 2 */
S_1073_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_1094_1;
S_1074_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_1075_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_1076_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_1077_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_1089_0: /* 2 */
S_1088_0: /* 2 */
S_1078_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_1088_1;
S_1083_0: /* 2 */
S_1079_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_1083_1;
S_1080_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_1084_0;
S_1083_1: /* 3 */
S_1081_0: /* 2 */
		/* else */;
S_1082_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1084_0;
S_1083_2: /* 3 */
		Uerror("blocking sel in d_step (nr.89, near line 208)");
S_1084_0: /* 2 */
S_1085_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_1089_0; /* ';' */
S_1088_1: /* 3 */
S_1086_0: /* 2 */
		/* else */;
S_1087_0: /* 2 */
		goto S_1091_0;	/* 'goto' */
S_1088_2: /* 3 */
		Uerror("blocking sel in d_step (nr.90, near line 208)");
S_1090_0: /* 2 */
		goto S_1091_0;	/* 'break' */
S_1091_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1095_0;
S_1094_1: /* 3 */
S_1092_0: /* 2 */
		/* else */;
S_1093_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1095_0;
S_1094_2: /* 3 */
		Uerror("blocking sel in d_step (nr.91, near line 205)");
S_1095_0: /* 2 */
		goto S_1099_0; /* '.' */
		goto S_1099_0; /* ';' */
S_1098_1: /* 3 */
S_1096_0: /* 2 */
		/* else */;
S_1097_0: /* 2 */
		goto S_1102_0;	/* 'goto' */
S_1098_2: /* 3 */
		Uerror("blocking sel in d_step (nr.92, near line 202)");
S_1100_0: /* 2 */
		goto S_1102_0;	/* 'break' */
		goto S_1102_0;
S_1102_0: /* 2 */
		now.lay[1] = 255;
#ifdef VAR_RANGES
		logval("lay[1]", ((int)now.lay[1]));
#endif
		;
S_1103_0: /* 2 */
		now.rwl[1] = 255;
#ifdef VAR_RANGES
		logval("rwl[1]", ((int)now.rwl[1]));
#endif
		;
		goto S_1108_0;
S_1107_1: /* 3 */
S_1105_0: /* 2 */
		/* else */;
S_1106_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1108_0;
S_1107_2: /* 3 */
		Uerror("blocking sel in d_step (nr.93, near line 324)");
S_1108_0: /* 2 */
S_1109_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 93: // STATE 1176 - /dev/stdin:325 - [D_STEP325]
		if (!(boq == -1 && ((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			continue;

		reached[0][1176] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1111_0: /* 2 */
		if (!(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			Uerror("block in d_step seq");
S_1112_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1131_0: /* 2 */
S_1129_0: /* 2 */
S_1113_0: /* 2 */
		if (!((((int)now.st[1])==1)))
			goto S_1129_1;
S_1114_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1130_0;
S_1129_1: /* 3 */
S_1115_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_1129_2;
S_1116_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1130_0;
S_1129_2: /* 3 */
S_1117_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_1129_3;
S_1118_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1130_0;
S_1129_3: /* 3 */
S_1119_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_1129_4;
S_1120_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1130_0;
S_1129_4: /* 3 */
S_1121_0: /* 2 */
		if (!((((int)now.st[1])==5)))
			goto S_1129_5;
S_1122_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1130_0;
S_1129_5: /* 3 */
S_1123_0: /* 2 */
		if (!((((int)now.st[1])==6)))
			goto S_1129_6;
S_1124_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1130_0;
S_1129_6: /* 3 */
S_1125_0: /* 2 */
		if (!((((int)now.st[1])==7)))
			goto S_1129_7;
S_1126_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1130_0;
S_1129_7: /* 3 */
S_1127_0: /* 2 */
		/* else */;
S_1128_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1130_0;
S_1129_8: /* 3 */
		Uerror("blocking sel in d_step (nr.94, near line 146)");
S_1130_0: /* 2 */
		goto S_1172_0;
S_1172_0: /* 2 */
S_1132_0: /* 2 */
		if (!((((int)s2)==8)))
			goto S_1172_1;
S_1169_0: /* 2 */
S_1133_0: /* 2 */
		now.st[1] = 8;
#ifdef VAR_RANGES
		logval("st[1]", ((int)now.st[1]));
#endif
		;
S_1134_0: /* 2 */
		now.nlive = (((int)now.nlive)-1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_1166_0: /* 2 */
S_1135_0: /* 2 */
		rl = ((int)now.lay[1]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_1164_0: /* 2 */
S_1163_0: /* 2 */
S_1136_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_1163_1;
S_1137_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_1159_0: /* 2 */
S_1138_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_1159_1;
S_1139_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_1140_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_1141_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_1142_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_1154_0: /* 2 */
S_1153_0: /* 2 */
S_1143_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_1153_1;
S_1148_0: /* 2 */
S_1144_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_1148_1;
S_1145_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_1149_0;
S_1148_1: /* 3 */
S_1146_0: /* 2 */
		/* else */;
S_1147_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1149_0;
S_1148_2: /* 3 */
		Uerror("blocking sel in d_step (nr.95, near line 208)");
S_1149_0: /* 2 */
S_1150_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_1154_0; /* ';' */
S_1153_1: /* 3 */
S_1151_0: /* 2 */
		/* else */;
S_1152_0: /* 2 */
		goto S_1156_0;	/* 'goto' */
S_1153_2: /* 3 */
		Uerror("blocking sel in d_step (nr.96, near line 208)");
S_1155_0: /* 2 */
		goto S_1156_0;	/* 'break' */
S_1156_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1160_0;
S_1159_1: /* 3 */
S_1157_0: /* 2 */
		/* else */;
S_1158_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1160_0;
S_1159_2: /* 3 */
		Uerror("blocking sel in d_step (nr.97, near line 205)");
S_1160_0: /* 2 */
		goto S_1164_0; /* '.' */
		goto S_1164_0; /* ';' */
S_1163_1: /* 3 */
S_1161_0: /* 2 */
		/* else */;
S_1162_0: /* 2 */
		goto S_1167_0;	/* 'goto' */
S_1163_2: /* 3 */
		Uerror("blocking sel in d_step (nr.98, near line 202)");
S_1165_0: /* 2 */
		goto S_1167_0;	/* 'break' */
		goto S_1167_0;
S_1167_0: /* 2 */
		now.lay[1] = 255;
#ifdef VAR_RANGES
		logval("lay[1]", ((int)now.lay[1]));
#endif
		;
S_1168_0: /* 2 */
		now.rwl[1] = 255;
#ifdef VAR_RANGES
		logval("rwl[1]", ((int)now.rwl[1]));
#endif
		;
		goto S_1173_0;
S_1172_1: /* 3 */
S_1170_0: /* 2 */
		/* else */;
S_1171_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1173_0;
S_1172_2: /* 3 */
		Uerror("blocking sel in d_step (nr.99, near line 325)");
S_1173_0: /* 2 */
S_1174_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 94: // STATE 1194 - /dev/stdin:326 - [D_STEP326]
		if (!(boq == -1 && ((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			continue;

		reached[0][1194] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1176_0: /* 2 */
		if (!(((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))))
			Uerror("block in d_step seq");
S_1177_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1184_0: /* 2 */
S_1182_0: /* 2 */
S_1178_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_1182_1;
S_1179_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1183_0;
S_1182_1: /* 3 */
S_1180_0: /* 2 */
		/* else */;
S_1181_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1183_0;
S_1182_2: /* 3 */
		Uerror("blocking sel in d_step (nr.100, near line 72)");
S_1183_0: /* 2 */
		goto S_1190_0;
S_1190_0: /* 2 */
S_1185_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1190_1;
S_1186_0: /* 2 */
		now.dirty[1] = 1;
#ifdef VAR_RANGES
		logval("dirty[1]", ((int)now.dirty[1]));
#endif
		;
S_1187_0: /* 2 */
		now.rwl[1] = 255;
#ifdef VAR_RANGES
		logval("rwl[1]", ((int)now.rwl[1]));
#endif
		;
		goto S_1191_0;
S_1190_1: /* 3 */
S_1188_0: /* 2 */
		/* else */;
S_1189_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1191_0;
S_1190_2: /* 3 */
		Uerror("blocking sel in d_step (nr.101, near line 326)");
S_1191_0: /* 2 */
S_1192_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 95: // STATE 1269 - /dev/stdin:327 - [D_STEP327]
		if (!(boq == -1 && (((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.tag[1])==255))&& !(((int)now.iex[1])))&&(((int)now.img[1])!=254))))
			continue;

		reached[0][1269] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1194_0: /* 2 */
		if (!((((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.tag[1])==255))&& !(((int)now.iex[1])))&&(((int)now.img[1])!=254))))
			Uerror("block in d_step seq");
S_1195_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1210_0: /* 2 */
S_1208_0: /* 2 */
S_1196_0: /* 2 */
		if (!((((int)now.st[1])==1)))
			goto S_1208_1;
S_1197_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1209_0;
S_1208_1: /* 3 */
S_1198_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_1208_2;
S_1199_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1209_0;
S_1208_2: /* 3 */
S_1200_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_1208_3;
S_1201_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1209_0;
S_1208_3: /* 3 */
S_1202_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_1208_4;
S_1203_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1209_0;
S_1208_4: /* 3 */
S_1204_0: /* 2 */
		if (!((((int)now.st[1])==5)))
			goto S_1208_5;
S_1205_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1209_0;
S_1208_5: /* 3 */
S_1206_0: /* 2 */
		/* else */;
S_1207_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1209_0;
S_1208_6: /* 3 */
		Uerror("blocking sel in d_step (nr.102, near line 44)");
S_1209_0: /* 2 */
		goto S_1265_0;
S_1265_0: /* 2 */
S_1211_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1265_1;
S_1262_0: /* 2 */
S_1212_0: /* 2 */
		j = 1;
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_1218_0: /* 2 */
S_1217_0: /* 2 */
S_1213_0: /* 2 */
		if (!(((((int)j)<2)&&((int)now.iex[ Index(((int)j), 2) ]))))
			goto S_1217_1;
S_1214_0: /* 2 */
		j = (((int)j)+1);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_1218_0; /* ';' */
S_1217_1: /* 3 */
S_1215_0: /* 2 */
		/* else */;
S_1216_0: /* 2 */
		goto S_1240_0;	/* 'goto' */
S_1217_2: /* 3 */
		Uerror("blocking sel in d_step (nr.103, near line 271)");
S_1219_0: /* 2 */
		goto S_1240_0;	/* 'break' */
S_1240_0: /* 2 */
S_1220_0: /* 2 */
		if (!((((((int)now.dirty[1])&&(((int)now.rwl[1])!=255))&&((int)now.lex[ Index(((int)now.rwl[1]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[1]), 9) ])==((int)now.lay[1])))))
			goto S_1240_1;
S_1221_0: /* 2 */
		n = ((int)now.rwl[1]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1241_0;
S_1240_1: /* 3 */
S_1222_0: /* 2 */
		if (!((((int)now.dirty[1])&& !((((((int)now.rwl[1])!=255)&&((int)now.lex[ Index(((int)now.rwl[1]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[1]), 9) ])==((int)now.lay[1])))))))
			goto S_1240_2;
S_1236_0: /* 2 */
S_1223_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_1229_0: /* 2 */
S_1228_0: /* 2 */
S_1224_0: /* 2 */
		if (!(((((int)n)<9)&&((int)now.lex[ Index(((int)n), 9) ]))))
			goto S_1228_1;
S_1225_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1229_0; /* ';' */
S_1228_1: /* 3 */
S_1226_0: /* 2 */
		/* else */;
S_1227_0: /* 2 */
		goto S_1231_0;	/* 'goto' */
S_1228_2: /* 3 */
		Uerror("blocking sel in d_step (nr.104, near line 218)");
S_1230_0: /* 2 */
		goto S_1231_0;	/* 'break' */
S_1231_0: /* 2 */
		spin_assert((((int)n)<9), "(n<9)", II, tt, t);
S_1232_0: /* 2 */
		now.lex[ Index(n, 9) ] = 1;
#ifdef VAR_RANGES
		logval("lex[n]", ((int)now.lex[ Index(((int)n), 9) ]));
#endif
		;
S_1233_0: /* 2 */
		now.lpar[ Index(n, 9) ] = ((int)now.lay[1]);
#ifdef VAR_RANGES
		logval("lpar[n]", ((int)now.lpar[ Index(((int)n), 9) ]));
#endif
		;
S_1234_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_1235_0: /* 2 */
		now.lrefs[ Index(now.lay[1], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[1]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[1]]", ((int)now.lrefs[ Index(((int)now.lay[1]), 9) ]));
#endif
		;
		goto S_1237_0;
S_1237_0: /* 2 */
		now.rwl[1] = ((int)n);
#ifdef VAR_RANGES
		logval("rwl[1]", ((int)now.rwl[1]));
#endif
		;
		goto S_1241_0;
S_1240_2: /* 3 */
S_1238_0: /* 2 */
		/* else */;
S_1239_0: /* 2 */
		n = ((int)now.lay[1]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1241_0;
S_1240_3: /* 3 */
		Uerror("blocking sel in d_step (nr.105, near line 272)");
S_1241_0: /* 2 */
S_1242_0: /* 2 */
		now.iex[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iex[j]", ((int)now.iex[ Index(((int)j), 2) ]));
#endif
		;
S_1243_0: /* 2 */
		now.ipar[ Index(j, 2) ] = ((int)now.img[1]);
#ifdef VAR_RANGES
		logval("ipar[j]", ((int)now.ipar[ Index(((int)j), 2) ]));
#endif
		;
S_1244_0: /* 2 */
		now.itop[ Index(j, 2) ] = ((int)n);
#ifdef VAR_RANGES
		logval("itop[j]", ((int)now.itop[ Index(((int)j), 2) ]));
#endif
		;
S_1245_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = (((int)now.lrefs[ Index(((int)n), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_1246_0: /* 2 */
		now.tag[1] = ((int)j);
#ifdef VAR_RANGES
		logval("tag[1]", ((int)now.tag[1]));
#endif
		;
S_1247_0: /* 2 */
		now.iage[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
S_1248_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1260_0: /* 2 */
S_1259_0: /* 2 */
S_1249_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_1259_1;
S_1254_0: /* 2 */
S_1250_0: /* 2 */
		if (!((((((int)c)!=((int)j))&&((int)now.iex[ Index(((int)c), 2) ]))&&(((int)now.iage[ Index(((int)c), 2) ])>=((int)now.iage[ Index(((int)j), 2) ])))))
			goto S_1254_1;
S_1251_0: /* 2 */
		now.iage[ Index(j, 2) ] = (((int)now.iage[ Index(((int)c), 2) ])+1);
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
		goto S_1255_0;
S_1254_1: /* 3 */
S_1252_0: /* 2 */
		/* else */;
S_1253_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1255_0;
S_1254_2: /* 3 */
		Uerror("blocking sel in d_step (nr.106, near line 278)");
S_1255_0: /* 2 */
S_1256_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1260_0; /* ';' */
S_1259_1: /* 3 */
S_1257_0: /* 2 */
		/* else */;
S_1258_0: /* 2 */
		goto S_1266_0;	/* 'goto' */
S_1259_2: /* 3 */
		Uerror("blocking sel in d_step (nr.107, near line 278)");
S_1261_0: /* 2 */
		goto S_1266_0;	/* 'break' */
		goto S_1266_0;
		goto S_1266_0;
S_1265_1: /* 3 */
S_1263_0: /* 2 */
		/* else */;
S_1264_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1266_0;
S_1265_2: /* 3 */
		Uerror("blocking sel in d_step (nr.108, near line 327)");
S_1266_0: /* 2 */
S_1267_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 96: // STATE 1344 - /dev/stdin:328 - [D_STEP328]
		if (!(boq == -1 && ((((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))&& !(((int)now.iex[1])))&&(((int)now.img[1])!=254))))
			continue;

		reached[0][1344] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1269_0: /* 2 */
		if (!(((((((((int)now.st[1])!=0)&&(((int)now.st[1])!=8))&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))&& !(((int)now.iex[1])))&&(((int)now.img[1])!=254))))
			Uerror("block in d_step seq");
S_1270_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1285_0: /* 2 */
S_1283_0: /* 2 */
S_1271_0: /* 2 */
		if (!((((int)now.st[1])==1)))
			goto S_1283_1;
S_1272_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1284_0;
S_1283_1: /* 3 */
S_1273_0: /* 2 */
		if (!((((int)now.st[1])==2)))
			goto S_1283_2;
S_1274_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1284_0;
S_1283_2: /* 3 */
S_1275_0: /* 2 */
		if (!((((int)now.st[1])==3)))
			goto S_1283_3;
S_1276_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1284_0;
S_1283_3: /* 3 */
S_1277_0: /* 2 */
		if (!((((int)now.st[1])==4)))
			goto S_1283_4;
S_1278_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1284_0;
S_1283_4: /* 3 */
S_1279_0: /* 2 */
		if (!((((int)now.st[1])==5)))
			goto S_1283_5;
S_1280_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1284_0;
S_1283_5: /* 3 */
S_1281_0: /* 2 */
		/* else */;
S_1282_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1284_0;
S_1283_6: /* 3 */
		Uerror("blocking sel in d_step (nr.109, near line 44)");
S_1284_0: /* 2 */
		goto S_1340_0;
S_1340_0: /* 2 */
S_1286_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1340_1;
S_1337_0: /* 2 */
S_1287_0: /* 2 */
		j = 1;
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_1293_0: /* 2 */
S_1292_0: /* 2 */
S_1288_0: /* 2 */
		if (!(((((int)j)<2)&&((int)now.iex[ Index(((int)j), 2) ]))))
			goto S_1292_1;
S_1289_0: /* 2 */
		j = (((int)j)+1);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_1293_0; /* ';' */
S_1292_1: /* 3 */
S_1290_0: /* 2 */
		/* else */;
S_1291_0: /* 2 */
		goto S_1315_0;	/* 'goto' */
S_1292_2: /* 3 */
		Uerror("blocking sel in d_step (nr.110, near line 271)");
S_1294_0: /* 2 */
		goto S_1315_0;	/* 'break' */
S_1315_0: /* 2 */
S_1295_0: /* 2 */
		if (!((((((int)now.dirty[1])&&(((int)now.rwl[1])!=255))&&((int)now.lex[ Index(((int)now.rwl[1]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[1]), 9) ])==((int)now.lay[1])))))
			goto S_1315_1;
S_1296_0: /* 2 */
		n = ((int)now.rwl[1]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1316_0;
S_1315_1: /* 3 */
S_1297_0: /* 2 */
		if (!((((int)now.dirty[1])&& !((((((int)now.rwl[1])!=255)&&((int)now.lex[ Index(((int)now.rwl[1]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[1]), 9) ])==((int)now.lay[1])))))))
			goto S_1315_2;
S_1311_0: /* 2 */
S_1298_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_1304_0: /* 2 */
S_1303_0: /* 2 */
S_1299_0: /* 2 */
		if (!(((((int)n)<9)&&((int)now.lex[ Index(((int)n), 9) ]))))
			goto S_1303_1;
S_1300_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1304_0; /* ';' */
S_1303_1: /* 3 */
S_1301_0: /* 2 */
		/* else */;
S_1302_0: /* 2 */
		goto S_1306_0;	/* 'goto' */
S_1303_2: /* 3 */
		Uerror("blocking sel in d_step (nr.111, near line 218)");
S_1305_0: /* 2 */
		goto S_1306_0;	/* 'break' */
S_1306_0: /* 2 */
		spin_assert((((int)n)<9), "(n<9)", II, tt, t);
S_1307_0: /* 2 */
		now.lex[ Index(n, 9) ] = 1;
#ifdef VAR_RANGES
		logval("lex[n]", ((int)now.lex[ Index(((int)n), 9) ]));
#endif
		;
S_1308_0: /* 2 */
		now.lpar[ Index(n, 9) ] = ((int)now.lay[1]);
#ifdef VAR_RANGES
		logval("lpar[n]", ((int)now.lpar[ Index(((int)n), 9) ]));
#endif
		;
S_1309_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_1310_0: /* 2 */
		now.lrefs[ Index(now.lay[1], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[1]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[1]]", ((int)now.lrefs[ Index(((int)now.lay[1]), 9) ]));
#endif
		;
		goto S_1312_0;
S_1312_0: /* 2 */
		now.rwl[1] = ((int)n);
#ifdef VAR_RANGES
		logval("rwl[1]", ((int)now.rwl[1]));
#endif
		;
		goto S_1316_0;
S_1315_2: /* 3 */
S_1313_0: /* 2 */
		/* else */;
S_1314_0: /* 2 */
		n = ((int)now.lay[1]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1316_0;
S_1315_3: /* 3 */
		Uerror("blocking sel in d_step (nr.112, near line 272)");
S_1316_0: /* 2 */
S_1317_0: /* 2 */
		now.iex[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iex[j]", ((int)now.iex[ Index(((int)j), 2) ]));
#endif
		;
S_1318_0: /* 2 */
		now.ipar[ Index(j, 2) ] = ((int)now.img[1]);
#ifdef VAR_RANGES
		logval("ipar[j]", ((int)now.ipar[ Index(((int)j), 2) ]));
#endif
		;
S_1319_0: /* 2 */
		now.itop[ Index(j, 2) ] = ((int)n);
#ifdef VAR_RANGES
		logval("itop[j]", ((int)now.itop[ Index(((int)j), 2) ]));
#endif
		;
S_1320_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = (((int)now.lrefs[ Index(((int)n), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_1321_0: /* 2 */
		now.tag[2] = ((int)j);
#ifdef VAR_RANGES
		logval("tag[2]", ((int)now.tag[2]));
#endif
		;
S_1322_0: /* 2 */
		now.iage[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
S_1323_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1335_0: /* 2 */
S_1334_0: /* 2 */
S_1324_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_1334_1;
S_1329_0: /* 2 */
S_1325_0: /* 2 */
		if (!((((((int)c)!=((int)j))&&((int)now.iex[ Index(((int)c), 2) ]))&&(((int)now.iage[ Index(((int)c), 2) ])>=((int)now.iage[ Index(((int)j), 2) ])))))
			goto S_1329_1;
S_1326_0: /* 2 */
		now.iage[ Index(j, 2) ] = (((int)now.iage[ Index(((int)c), 2) ])+1);
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
		goto S_1330_0;
S_1329_1: /* 3 */
S_1327_0: /* 2 */
		/* else */;
S_1328_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1330_0;
S_1329_2: /* 3 */
		Uerror("blocking sel in d_step (nr.113, near line 278)");
S_1330_0: /* 2 */
S_1331_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1335_0; /* ';' */
S_1334_1: /* 3 */
S_1332_0: /* 2 */
		/* else */;
S_1333_0: /* 2 */
		goto S_1341_0;	/* 'goto' */
S_1334_2: /* 3 */
		Uerror("blocking sel in d_step (nr.114, near line 278)");
S_1336_0: /* 2 */
		goto S_1341_0;	/* 'break' */
		goto S_1341_0;
		goto S_1341_0;
S_1340_1: /* 3 */
S_1338_0: /* 2 */
		/* else */;
S_1339_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1341_0;
S_1340_2: /* 3 */
		Uerror("blocking sel in d_step (nr.115, near line 328)");
S_1341_0: /* 2 */
S_1342_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 97: // STATE 1387 - /dev/stdin:329 - [D_STEP329]
		if (!(boq == -1 && (((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&((((int)now.st[2])==1)||(((int)now.st[2])==5)))))
			continue;

		reached[0][1387] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1344_0: /* 2 */
		if (!((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&((((int)now.st[2])==1)||(((int)now.st[2])==5)))))
			Uerror("block in d_step seq");
S_1345_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1358_0: /* 2 */
S_1356_0: /* 2 */
S_1346_0: /* 2 */
		if (!((((int)now.st[2])==1)))
			goto S_1356_1;
S_1347_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1357_0;
S_1356_1: /* 3 */
S_1348_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1356_2;
S_1349_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1357_0;
S_1356_2: /* 3 */
S_1350_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1356_3;
S_1351_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1357_0;
S_1356_3: /* 3 */
S_1352_0: /* 2 */
		if (!((((int)now.st[2])==5)))
			goto S_1356_4;
S_1353_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1357_0;
S_1356_4: /* 3 */
S_1354_0: /* 2 */
		/* else */;
S_1355_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1357_0;
S_1356_5: /* 3 */
		Uerror("blocking sel in d_step (nr.116, near line 158)");
S_1357_0: /* 2 */
		goto S_1359_0;
S_1359_0: /* 2 */
		now.st[2] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
S_1384_0: /* 2 */
S_1365_0: /* 2 */
S_1360_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[2]), 5) ])))
			goto S_1365_1;
S_1361_0: /* 2 */
		now.dirty[2] = 1;
#ifdef VAR_RANGES
		logval("dirty[2]", ((int)now.dirty[2]));
#endif
		;
S_1362_0: /* 2 */
		now.rwl[2] = 255;
#ifdef VAR_RANGES
		logval("rwl[2]", ((int)now.rwl[2]));
#endif
		;
		goto S_1366_0;
S_1365_1: /* 3 */
S_1363_0: /* 2 */
		/* else */;
S_1364_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1366_0;
S_1365_2: /* 3 */
		Uerror("blocking sel in d_step (nr.117, near line 225)");
S_1366_0: /* 2 */
S_1382_0: /* 2 */
S_1367_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[2]), 5) ])))
			goto S_1382_1;
S_1378_0: /* 2 */
S_1376_0: /* 2 */
S_1368_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1376_1;
S_1369_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1377_0;
S_1376_1: /* 3 */
S_1370_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1376_2;
S_1371_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1377_0;
S_1376_2: /* 3 */
S_1372_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1376_3;
S_1373_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1377_0;
S_1376_3: /* 3 */
S_1374_0: /* 2 */
		/* else */;
S_1375_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1377_0;
S_1376_4: /* 3 */
		Uerror("blocking sel in d_step (nr.118, near line 54)");
S_1377_0: /* 2 */
		goto S_1379_0;
S_1379_0: /* 2 */
		now.st[2] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
		goto S_1383_0;
S_1382_1: /* 3 */
S_1380_0: /* 2 */
		/* else */;
S_1381_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1383_0;
S_1382_2: /* 3 */
		Uerror("blocking sel in d_step (nr.119, near line 226)");
S_1383_0: /* 2 */
		goto S_1385_0;
S_1385_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 98: // STATE 1412 - /dev/stdin:330 - [D_STEP330]
		if (!(boq == -1 && ((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			continue;

		reached[0][1412] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1387_0: /* 2 */
		if (!(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			Uerror("block in d_step seq");
S_1388_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1403_0: /* 2 */
S_1401_0: /* 2 */
S_1389_0: /* 2 */
		if (!((((int)now.st[2])==1)))
			goto S_1401_1;
S_1390_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1402_0;
S_1401_1: /* 3 */
S_1391_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1401_2;
S_1392_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1402_0;
S_1401_2: /* 3 */
S_1393_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1401_3;
S_1394_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1402_0;
S_1401_3: /* 3 */
S_1395_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1401_4;
S_1396_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1402_0;
S_1401_4: /* 3 */
S_1397_0: /* 2 */
		if (!((((int)now.st[2])==5)))
			goto S_1401_5;
S_1398_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1402_0;
S_1401_5: /* 3 */
S_1399_0: /* 2 */
		/* else */;
S_1400_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1402_0;
S_1401_6: /* 3 */
		Uerror("blocking sel in d_step (nr.120, near line 167)");
S_1402_0: /* 2 */
		goto S_1408_0;
S_1408_0: /* 2 */
S_1404_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1408_1;
S_1405_0: /* 2 */
		now.st[2] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
		goto S_1409_0;
S_1408_1: /* 3 */
S_1406_0: /* 2 */
		/* else */;
S_1407_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1409_0;
S_1408_2: /* 3 */
		Uerror("blocking sel in d_step (nr.121, near line 330)");
S_1409_0: /* 2 */
S_1410_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 99: // STATE 1429 - /dev/stdin:331 - [D_STEP331]
		if (!(boq == -1 && ((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			continue;

		reached[0][1429] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1412_0: /* 2 */
		if (!(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			Uerror("block in d_step seq");
S_1413_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1420_0: /* 2 */
S_1418_0: /* 2 */
S_1414_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1418_1;
S_1415_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1419_0;
S_1418_1: /* 3 */
S_1416_0: /* 2 */
		/* else */;
S_1417_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1419_0;
S_1418_2: /* 3 */
		Uerror("blocking sel in d_step (nr.122, near line 106)");
S_1419_0: /* 2 */
		goto S_1425_0;
S_1425_0: /* 2 */
S_1421_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1425_1;
S_1422_0: /* 2 */
		now.st[2] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
		goto S_1426_0;
S_1425_1: /* 3 */
S_1423_0: /* 2 */
		/* else */;
S_1424_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1426_0;
S_1425_2: /* 3 */
		Uerror("blocking sel in d_step (nr.123, near line 331)");
S_1426_0: /* 2 */
S_1427_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 100: // STATE 1446 - /dev/stdin:332 - [D_STEP332]
		if (!(boq == -1 && ((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			continue;

		reached[0][1446] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1429_0: /* 2 */
		if (!(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			Uerror("block in d_step seq");
S_1430_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1437_0: /* 2 */
S_1435_0: /* 2 */
S_1431_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1435_1;
S_1432_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1436_0;
S_1435_1: /* 3 */
S_1433_0: /* 2 */
		/* else */;
S_1434_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1436_0;
S_1435_2: /* 3 */
		Uerror("blocking sel in d_step (nr.124, near line 177)");
S_1436_0: /* 2 */
		goto S_1442_0;
S_1442_0: /* 2 */
S_1438_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1442_1;
S_1439_0: /* 2 */
		now.st[2] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
		goto S_1443_0;
S_1442_1: /* 3 */
S_1440_0: /* 2 */
		/* else */;
S_1441_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1443_0;
S_1442_2: /* 3 */
		Uerror("blocking sel in d_step (nr.125, near line 332)");
S_1443_0: /* 2 */
S_1444_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 101: // STATE 1480 - /dev/stdin:333 - [D_STEP333]
		if (!(boq == -1 && ((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			continue;

		reached[0][1480] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1446_0: /* 2 */
		if (!(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			Uerror("block in d_step seq");
S_1447_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1458_0: /* 2 */
S_1456_0: /* 2 */
S_1448_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1456_1;
S_1449_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1457_0;
S_1456_1: /* 3 */
S_1450_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1456_2;
S_1451_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1457_0;
S_1456_2: /* 3 */
S_1452_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1456_3;
S_1453_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1457_0;
S_1456_3: /* 3 */
S_1454_0: /* 2 */
		/* else */;
S_1455_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1457_0;
S_1456_4: /* 3 */
		Uerror("blocking sel in d_step (nr.126, near line 88)");
S_1457_0: /* 2 */
		goto S_1476_0;
S_1476_0: /* 2 */
S_1459_0: /* 2 */
		if (!((((int)s2)==2)))
			goto S_1476_1;
S_1470_0: /* 2 */
S_1468_0: /* 2 */
S_1460_0: /* 2 */
		if (!((((int)s2)==2)))
			goto S_1468_1;
S_1461_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_1469_0;
S_1468_1: /* 3 */
S_1462_0: /* 2 */
		if (!((((int)s2)==3)))
			goto S_1468_2;
S_1463_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_1469_0;
S_1468_2: /* 3 */
S_1464_0: /* 2 */
		if (!((((int)s2)==4)))
			goto S_1468_3;
S_1465_0: /* 2 */
		t2 = 5;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_1469_0;
S_1468_3: /* 3 */
S_1466_0: /* 2 */
		/* else */;
S_1467_0: /* 2 */
		t2 = 255;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_1469_0;
S_1468_4: /* 3 */
		Uerror("blocking sel in d_step (nr.127, near line 54)");
S_1469_0: /* 2 */
		goto S_1471_0;
S_1471_0: /* 2 */
		now.st[2] = ((int)t2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
		goto S_1477_0;
S_1476_1: /* 3 */
S_1472_0: /* 2 */
		if (!(((((int)s2)!=2)&&(((int)s2)!=255))))
			goto S_1476_2;
S_1473_0: /* 2 */
		now.st[2] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
		goto S_1477_0;
S_1476_2: /* 3 */
S_1474_0: /* 2 */
		/* else */;
S_1475_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1477_0;
S_1476_3: /* 3 */
		Uerror("blocking sel in d_step (nr.128, near line 333)");
S_1477_0: /* 2 */
S_1478_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 102: // STATE 1530 - /dev/stdin:334 - [D_STEP334]
		if (!(boq == -1 && ((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			continue;

		reached[0][1530] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1480_0: /* 2 */
		if (!(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			Uerror("block in d_step seq");
S_1481_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1496_0: /* 2 */
S_1494_0: /* 2 */
S_1482_0: /* 2 */
		if (!((((int)now.st[2])==1)))
			goto S_1494_1;
S_1483_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1495_0;
S_1494_1: /* 3 */
S_1484_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1494_2;
S_1485_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1495_0;
S_1494_2: /* 3 */
S_1486_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1494_3;
S_1487_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1495_0;
S_1494_3: /* 3 */
S_1488_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1494_4;
S_1489_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1495_0;
S_1494_4: /* 3 */
S_1490_0: /* 2 */
		if (!((((int)now.st[2])==5)))
			goto S_1494_5;
S_1491_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1495_0;
S_1494_5: /* 3 */
S_1492_0: /* 2 */
		/* else */;
S_1493_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1495_0;
S_1494_6: /* 3 */
		Uerror("blocking sel in d_step (nr.129, near line 122)");
S_1495_0: /* 2 */
		goto S_1526_0;
S_1526_0: /* 2 */
S_1497_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1526_1;
S_1498_0: /* 2 */
		now.st[2] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
S_1523_0: /* 2 */
S_1504_0: /* 2 */
S_1499_0: /* 2 */
		if (!(((int)now.writes[ Index(((int)now.prog[2]), 5) ])))
			goto S_1504_1;
S_1500_0: /* 2 */
		now.dirty[2] = 1;
#ifdef VAR_RANGES
		logval("dirty[2]", ((int)now.dirty[2]));
#endif
		;
S_1501_0: /* 2 */
		now.rwl[2] = 255;
#ifdef VAR_RANGES
		logval("rwl[2]", ((int)now.rwl[2]));
#endif
		;
		goto S_1505_0;
S_1504_1: /* 3 */
S_1502_0: /* 2 */
		/* else */;
S_1503_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1505_0;
S_1504_2: /* 3 */
		Uerror("blocking sel in d_step (nr.130, near line 225)");
S_1505_0: /* 2 */
S_1521_0: /* 2 */
S_1506_0: /* 2 */
		if (!(((int)now.instant[ Index(((int)now.prog[2]), 5) ])))
			goto S_1521_1;
S_1517_0: /* 2 */
S_1515_0: /* 2 */
S_1507_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1515_1;
S_1508_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1516_0;
S_1515_1: /* 3 */
S_1509_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1515_2;
S_1510_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1516_0;
S_1515_2: /* 3 */
S_1511_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1515_3;
S_1512_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1516_0;
S_1515_3: /* 3 */
S_1513_0: /* 2 */
		/* else */;
S_1514_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1516_0;
S_1515_4: /* 3 */
		Uerror("blocking sel in d_step (nr.131, near line 54)");
S_1516_0: /* 2 */
		goto S_1518_0;
S_1518_0: /* 2 */
		now.st[2] = ((int)s2);
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
		goto S_1522_0;
S_1521_1: /* 3 */
S_1519_0: /* 2 */
		/* else */;
S_1520_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1522_0;
S_1521_2: /* 3 */
		Uerror("blocking sel in d_step (nr.132, near line 226)");
S_1522_0: /* 2 */
		goto S_1527_0;
S_1526_1: /* 3 */
S_1524_0: /* 2 */
		/* else */;
S_1525_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1527_0;
S_1526_2: /* 3 */
		Uerror("blocking sel in d_step (nr.133, near line 334)");
S_1527_0: /* 2 */
S_1528_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 103: // STATE 1587 - /dev/stdin:335 - [D_STEP335]
		if (!(boq == -1 && ((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			continue;

		reached[0][1587] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1530_0: /* 2 */
		if (!(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			Uerror("block in d_step seq");
S_1531_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1542_0: /* 2 */
S_1540_0: /* 2 */
S_1532_0: /* 2 */
		if (!((((int)now.st[2])==1)))
			goto S_1540_1;
S_1533_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1541_0;
S_1540_1: /* 3 */
S_1534_0: /* 2 */
		if (!((((int)now.st[2])==5)))
			goto S_1540_2;
S_1535_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1541_0;
S_1540_2: /* 3 */
S_1536_0: /* 2 */
		if (!((((int)now.st[2])==7)))
			goto S_1540_3;
S_1537_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1541_0;
S_1540_3: /* 3 */
S_1538_0: /* 2 */
		/* else */;
S_1539_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1541_0;
S_1540_4: /* 3 */
		Uerror("blocking sel in d_step (nr.134, near line 138)");
S_1541_0: /* 2 */
		goto S_1583_0;
S_1583_0: /* 2 */
S_1543_0: /* 2 */
		if (!((((int)s2)==8)))
			goto S_1583_1;
S_1580_0: /* 2 */
S_1544_0: /* 2 */
		now.st[2] = 8;
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
S_1545_0: /* 2 */
		now.nlive = (((int)now.nlive)-1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_1577_0: /* 2 */
S_1546_0: /* 2 */
		rl = ((int)now.lay[2]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_1575_0: /* 2 */
S_1574_0: /* 2 */
S_1547_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_1574_1;
S_1548_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_1570_0: /* 2 */
S_1549_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_1570_1;
S_1550_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_1551_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_1552_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_1553_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_1565_0: /* 2 */
S_1564_0: /* 2 */
S_1554_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_1564_1;
S_1559_0: /* 2 */
S_1555_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_1559_1;
S_1556_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_1560_0;
S_1559_1: /* 3 */
S_1557_0: /* 2 */
		/* else */;
S_1558_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1560_0;
S_1559_2: /* 3 */
		Uerror("blocking sel in d_step (nr.135, near line 208)");
S_1560_0: /* 2 */
S_1561_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_1565_0; /* ';' */
S_1564_1: /* 3 */
S_1562_0: /* 2 */
		/* else */;
S_1563_0: /* 2 */
		goto S_1567_0;	/* 'goto' */
S_1564_2: /* 3 */
		Uerror("blocking sel in d_step (nr.136, near line 208)");
S_1566_0: /* 2 */
		goto S_1567_0;	/* 'break' */
S_1567_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1571_0;
S_1570_1: /* 3 */
S_1568_0: /* 2 */
		/* else */;
S_1569_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1571_0;
S_1570_2: /* 3 */
		Uerror("blocking sel in d_step (nr.137, near line 205)");
S_1571_0: /* 2 */
		goto S_1575_0; /* '.' */
		goto S_1575_0; /* ';' */
S_1574_1: /* 3 */
S_1572_0: /* 2 */
		/* else */;
S_1573_0: /* 2 */
		goto S_1578_0;	/* 'goto' */
S_1574_2: /* 3 */
		Uerror("blocking sel in d_step (nr.138, near line 202)");
S_1576_0: /* 2 */
		goto S_1578_0;	/* 'break' */
		goto S_1578_0;
S_1578_0: /* 2 */
		now.lay[2] = 255;
#ifdef VAR_RANGES
		logval("lay[2]", ((int)now.lay[2]));
#endif
		;
S_1579_0: /* 2 */
		now.rwl[2] = 255;
#ifdef VAR_RANGES
		logval("rwl[2]", ((int)now.rwl[2]));
#endif
		;
		goto S_1584_0;
S_1583_1: /* 3 */
S_1581_0: /* 2 */
		/* else */;
S_1582_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1584_0;
S_1583_2: /* 3 */
		Uerror("blocking sel in d_step (nr.139, near line 335)");
S_1584_0: /* 2 */
S_1585_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 104: // STATE 1652 - /dev/stdin:336 - [D_STEP336]
		if (!(boq == -1 && ((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			continue;

		reached[0][1652] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1587_0: /* 2 */
		if (!(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			Uerror("block in d_step seq");
S_1588_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1607_0: /* 2 */
S_1605_0: /* 2 */
S_1589_0: /* 2 */
		if (!((((int)now.st[2])==1)))
			goto S_1605_1;
S_1590_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1606_0;
S_1605_1: /* 3 */
S_1591_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1605_2;
S_1592_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1606_0;
S_1605_2: /* 3 */
S_1593_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1605_3;
S_1594_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1606_0;
S_1605_3: /* 3 */
S_1595_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1605_4;
S_1596_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1606_0;
S_1605_4: /* 3 */
S_1597_0: /* 2 */
		if (!((((int)now.st[2])==5)))
			goto S_1605_5;
S_1598_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1606_0;
S_1605_5: /* 3 */
S_1599_0: /* 2 */
		if (!((((int)now.st[2])==6)))
			goto S_1605_6;
S_1600_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1606_0;
S_1605_6: /* 3 */
S_1601_0: /* 2 */
		if (!((((int)now.st[2])==7)))
			goto S_1605_7;
S_1602_0: /* 2 */
		s2 = 8;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1606_0;
S_1605_7: /* 3 */
S_1603_0: /* 2 */
		/* else */;
S_1604_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1606_0;
S_1605_8: /* 3 */
		Uerror("blocking sel in d_step (nr.140, near line 146)");
S_1606_0: /* 2 */
		goto S_1648_0;
S_1648_0: /* 2 */
S_1608_0: /* 2 */
		if (!((((int)s2)==8)))
			goto S_1648_1;
S_1645_0: /* 2 */
S_1609_0: /* 2 */
		now.st[2] = 8;
#ifdef VAR_RANGES
		logval("st[2]", ((int)now.st[2]));
#endif
		;
S_1610_0: /* 2 */
		now.nlive = (((int)now.nlive)-1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_1642_0: /* 2 */
S_1611_0: /* 2 */
		rl = ((int)now.lay[2]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_1640_0: /* 2 */
S_1639_0: /* 2 */
S_1612_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_1639_1;
S_1613_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_1635_0: /* 2 */
S_1614_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_1635_1;
S_1615_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_1616_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_1617_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_1618_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_1630_0: /* 2 */
S_1629_0: /* 2 */
S_1619_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_1629_1;
S_1624_0: /* 2 */
S_1620_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_1624_1;
S_1621_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_1625_0;
S_1624_1: /* 3 */
S_1622_0: /* 2 */
		/* else */;
S_1623_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1625_0;
S_1624_2: /* 3 */
		Uerror("blocking sel in d_step (nr.141, near line 208)");
S_1625_0: /* 2 */
S_1626_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_1630_0; /* ';' */
S_1629_1: /* 3 */
S_1627_0: /* 2 */
		/* else */;
S_1628_0: /* 2 */
		goto S_1632_0;	/* 'goto' */
S_1629_2: /* 3 */
		Uerror("blocking sel in d_step (nr.142, near line 208)");
S_1631_0: /* 2 */
		goto S_1632_0;	/* 'break' */
S_1632_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1636_0;
S_1635_1: /* 3 */
S_1633_0: /* 2 */
		/* else */;
S_1634_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1636_0;
S_1635_2: /* 3 */
		Uerror("blocking sel in d_step (nr.143, near line 205)");
S_1636_0: /* 2 */
		goto S_1640_0; /* '.' */
		goto S_1640_0; /* ';' */
S_1639_1: /* 3 */
S_1637_0: /* 2 */
		/* else */;
S_1638_0: /* 2 */
		goto S_1643_0;	/* 'goto' */
S_1639_2: /* 3 */
		Uerror("blocking sel in d_step (nr.144, near line 202)");
S_1641_0: /* 2 */
		goto S_1643_0;	/* 'break' */
		goto S_1643_0;
S_1643_0: /* 2 */
		now.lay[2] = 255;
#ifdef VAR_RANGES
		logval("lay[2]", ((int)now.lay[2]));
#endif
		;
S_1644_0: /* 2 */
		now.rwl[2] = 255;
#ifdef VAR_RANGES
		logval("rwl[2]", ((int)now.rwl[2]));
#endif
		;
		goto S_1649_0;
S_1648_1: /* 3 */
S_1646_0: /* 2 */
		/* else */;
S_1647_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1649_0;
S_1648_2: /* 3 */
		Uerror("blocking sel in d_step (nr.145, near line 336)");
S_1649_0: /* 2 */
S_1650_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 105: // STATE 1670 - /dev/stdin:337 - [D_STEP337]
		if (!(boq == -1 && ((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			continue;

		reached[0][1670] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1652_0: /* 2 */
		if (!(((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))))
			Uerror("block in d_step seq");
S_1653_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1660_0: /* 2 */
S_1658_0: /* 2 */
S_1654_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1658_1;
S_1655_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1659_0;
S_1658_1: /* 3 */
S_1656_0: /* 2 */
		/* else */;
S_1657_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1659_0;
S_1658_2: /* 3 */
		Uerror("blocking sel in d_step (nr.146, near line 72)");
S_1659_0: /* 2 */
		goto S_1666_0;
S_1666_0: /* 2 */
S_1661_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1666_1;
S_1662_0: /* 2 */
		now.dirty[2] = 1;
#ifdef VAR_RANGES
		logval("dirty[2]", ((int)now.dirty[2]));
#endif
		;
S_1663_0: /* 2 */
		now.rwl[2] = 255;
#ifdef VAR_RANGES
		logval("rwl[2]", ((int)now.rwl[2]));
#endif
		;
		goto S_1667_0;
S_1666_1: /* 3 */
S_1664_0: /* 2 */
		/* else */;
S_1665_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1667_0;
S_1666_2: /* 3 */
		Uerror("blocking sel in d_step (nr.147, near line 337)");
S_1667_0: /* 2 */
S_1668_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 106: // STATE 1745 - /dev/stdin:338 - [D_STEP338]
		if (!(boq == -1 && (((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.tag[1])==255))&& !(((int)now.iex[1])))&&(((int)now.img[2])!=254))))
			continue;

		reached[0][1745] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1670_0: /* 2 */
		if (!((((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.tag[1])==255))&& !(((int)now.iex[1])))&&(((int)now.img[2])!=254))))
			Uerror("block in d_step seq");
S_1671_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1686_0: /* 2 */
S_1684_0: /* 2 */
S_1672_0: /* 2 */
		if (!((((int)now.st[2])==1)))
			goto S_1684_1;
S_1673_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1685_0;
S_1684_1: /* 3 */
S_1674_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1684_2;
S_1675_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1685_0;
S_1684_2: /* 3 */
S_1676_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1684_3;
S_1677_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1685_0;
S_1684_3: /* 3 */
S_1678_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1684_4;
S_1679_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1685_0;
S_1684_4: /* 3 */
S_1680_0: /* 2 */
		if (!((((int)now.st[2])==5)))
			goto S_1684_5;
S_1681_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1685_0;
S_1684_5: /* 3 */
S_1682_0: /* 2 */
		/* else */;
S_1683_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1685_0;
S_1684_6: /* 3 */
		Uerror("blocking sel in d_step (nr.148, near line 44)");
S_1685_0: /* 2 */
		goto S_1741_0;
S_1741_0: /* 2 */
S_1687_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1741_1;
S_1738_0: /* 2 */
S_1688_0: /* 2 */
		j = 1;
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_1694_0: /* 2 */
S_1693_0: /* 2 */
S_1689_0: /* 2 */
		if (!(((((int)j)<2)&&((int)now.iex[ Index(((int)j), 2) ]))))
			goto S_1693_1;
S_1690_0: /* 2 */
		j = (((int)j)+1);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_1694_0; /* ';' */
S_1693_1: /* 3 */
S_1691_0: /* 2 */
		/* else */;
S_1692_0: /* 2 */
		goto S_1716_0;	/* 'goto' */
S_1693_2: /* 3 */
		Uerror("blocking sel in d_step (nr.149, near line 271)");
S_1695_0: /* 2 */
		goto S_1716_0;	/* 'break' */
S_1716_0: /* 2 */
S_1696_0: /* 2 */
		if (!((((((int)now.dirty[2])&&(((int)now.rwl[2])!=255))&&((int)now.lex[ Index(((int)now.rwl[2]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[2]), 9) ])==((int)now.lay[2])))))
			goto S_1716_1;
S_1697_0: /* 2 */
		n = ((int)now.rwl[2]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1717_0;
S_1716_1: /* 3 */
S_1698_0: /* 2 */
		if (!((((int)now.dirty[2])&& !((((((int)now.rwl[2])!=255)&&((int)now.lex[ Index(((int)now.rwl[2]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[2]), 9) ])==((int)now.lay[2])))))))
			goto S_1716_2;
S_1712_0: /* 2 */
S_1699_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_1705_0: /* 2 */
S_1704_0: /* 2 */
S_1700_0: /* 2 */
		if (!(((((int)n)<9)&&((int)now.lex[ Index(((int)n), 9) ]))))
			goto S_1704_1;
S_1701_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1705_0; /* ';' */
S_1704_1: /* 3 */
S_1702_0: /* 2 */
		/* else */;
S_1703_0: /* 2 */
		goto S_1707_0;	/* 'goto' */
S_1704_2: /* 3 */
		Uerror("blocking sel in d_step (nr.150, near line 218)");
S_1706_0: /* 2 */
		goto S_1707_0;	/* 'break' */
S_1707_0: /* 2 */
		spin_assert((((int)n)<9), "(n<9)", II, tt, t);
S_1708_0: /* 2 */
		now.lex[ Index(n, 9) ] = 1;
#ifdef VAR_RANGES
		logval("lex[n]", ((int)now.lex[ Index(((int)n), 9) ]));
#endif
		;
S_1709_0: /* 2 */
		now.lpar[ Index(n, 9) ] = ((int)now.lay[2]);
#ifdef VAR_RANGES
		logval("lpar[n]", ((int)now.lpar[ Index(((int)n), 9) ]));
#endif
		;
S_1710_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_1711_0: /* 2 */
		now.lrefs[ Index(now.lay[2], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[2]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[2]]", ((int)now.lrefs[ Index(((int)now.lay[2]), 9) ]));
#endif
		;
		goto S_1713_0;
S_1713_0: /* 2 */
		now.rwl[2] = ((int)n);
#ifdef VAR_RANGES
		logval("rwl[2]", ((int)now.rwl[2]));
#endif
		;
		goto S_1717_0;
S_1716_2: /* 3 */
S_1714_0: /* 2 */
		/* else */;
S_1715_0: /* 2 */
		n = ((int)now.lay[2]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1717_0;
S_1716_3: /* 3 */
		Uerror("blocking sel in d_step (nr.151, near line 272)");
S_1717_0: /* 2 */
S_1718_0: /* 2 */
		now.iex[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iex[j]", ((int)now.iex[ Index(((int)j), 2) ]));
#endif
		;
S_1719_0: /* 2 */
		now.ipar[ Index(j, 2) ] = ((int)now.img[2]);
#ifdef VAR_RANGES
		logval("ipar[j]", ((int)now.ipar[ Index(((int)j), 2) ]));
#endif
		;
S_1720_0: /* 2 */
		now.itop[ Index(j, 2) ] = ((int)n);
#ifdef VAR_RANGES
		logval("itop[j]", ((int)now.itop[ Index(((int)j), 2) ]));
#endif
		;
S_1721_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = (((int)now.lrefs[ Index(((int)n), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_1722_0: /* 2 */
		now.tag[1] = ((int)j);
#ifdef VAR_RANGES
		logval("tag[1]", ((int)now.tag[1]));
#endif
		;
S_1723_0: /* 2 */
		now.iage[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
S_1724_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1736_0: /* 2 */
S_1735_0: /* 2 */
S_1725_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_1735_1;
S_1730_0: /* 2 */
S_1726_0: /* 2 */
		if (!((((((int)c)!=((int)j))&&((int)now.iex[ Index(((int)c), 2) ]))&&(((int)now.iage[ Index(((int)c), 2) ])>=((int)now.iage[ Index(((int)j), 2) ])))))
			goto S_1730_1;
S_1727_0: /* 2 */
		now.iage[ Index(j, 2) ] = (((int)now.iage[ Index(((int)c), 2) ])+1);
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
		goto S_1731_0;
S_1730_1: /* 3 */
S_1728_0: /* 2 */
		/* else */;
S_1729_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1731_0;
S_1730_2: /* 3 */
		Uerror("blocking sel in d_step (nr.152, near line 278)");
S_1731_0: /* 2 */
S_1732_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1736_0; /* ';' */
S_1735_1: /* 3 */
S_1733_0: /* 2 */
		/* else */;
S_1734_0: /* 2 */
		goto S_1742_0;	/* 'goto' */
S_1735_2: /* 3 */
		Uerror("blocking sel in d_step (nr.153, near line 278)");
S_1737_0: /* 2 */
		goto S_1742_0;	/* 'break' */
		goto S_1742_0;
		goto S_1742_0;
S_1741_1: /* 3 */
S_1739_0: /* 2 */
		/* else */;
S_1740_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1742_0;
S_1741_2: /* 3 */
		Uerror("blocking sel in d_step (nr.154, near line 338)");
S_1742_0: /* 2 */
S_1743_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 107: // STATE 1820 - /dev/stdin:339 - [D_STEP339]
		if (!(boq == -1 && ((((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))&& !(((int)now.iex[1])))&&(((int)now.img[2])!=254))))
			continue;

		reached[0][1820] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1745_0: /* 2 */
		if (!(((((((((int)now.st[2])!=0)&&(((int)now.st[2])!=8))&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))&& !(((int)now.iex[1])))&&(((int)now.img[2])!=254))))
			Uerror("block in d_step seq");
S_1746_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1761_0: /* 2 */
S_1759_0: /* 2 */
S_1747_0: /* 2 */
		if (!((((int)now.st[2])==1)))
			goto S_1759_1;
S_1748_0: /* 2 */
		s2 = 1;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1760_0;
S_1759_1: /* 3 */
S_1749_0: /* 2 */
		if (!((((int)now.st[2])==2)))
			goto S_1759_2;
S_1750_0: /* 2 */
		s2 = 2;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1760_0;
S_1759_2: /* 3 */
S_1751_0: /* 2 */
		if (!((((int)now.st[2])==3)))
			goto S_1759_3;
S_1752_0: /* 2 */
		s2 = 3;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1760_0;
S_1759_3: /* 3 */
S_1753_0: /* 2 */
		if (!((((int)now.st[2])==4)))
			goto S_1759_4;
S_1754_0: /* 2 */
		s2 = 4;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1760_0;
S_1759_4: /* 3 */
S_1755_0: /* 2 */
		if (!((((int)now.st[2])==5)))
			goto S_1759_5;
S_1756_0: /* 2 */
		s2 = 5;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1760_0;
S_1759_5: /* 3 */
S_1757_0: /* 2 */
		/* else */;
S_1758_0: /* 2 */
		s2 = 255;
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
		goto S_1760_0;
S_1759_6: /* 3 */
		Uerror("blocking sel in d_step (nr.155, near line 44)");
S_1760_0: /* 2 */
		goto S_1816_0;
S_1816_0: /* 2 */
S_1762_0: /* 2 */
		if (!((((int)s2)!=255)))
			goto S_1816_1;
S_1813_0: /* 2 */
S_1763_0: /* 2 */
		j = 1;
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_1769_0: /* 2 */
S_1768_0: /* 2 */
S_1764_0: /* 2 */
		if (!(((((int)j)<2)&&((int)now.iex[ Index(((int)j), 2) ]))))
			goto S_1768_1;
S_1765_0: /* 2 */
		j = (((int)j)+1);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_1769_0; /* ';' */
S_1768_1: /* 3 */
S_1766_0: /* 2 */
		/* else */;
S_1767_0: /* 2 */
		goto S_1791_0;	/* 'goto' */
S_1768_2: /* 3 */
		Uerror("blocking sel in d_step (nr.156, near line 271)");
S_1770_0: /* 2 */
		goto S_1791_0;	/* 'break' */
S_1791_0: /* 2 */
S_1771_0: /* 2 */
		if (!((((((int)now.dirty[2])&&(((int)now.rwl[2])!=255))&&((int)now.lex[ Index(((int)now.rwl[2]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[2]), 9) ])==((int)now.lay[2])))))
			goto S_1791_1;
S_1772_0: /* 2 */
		n = ((int)now.rwl[2]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1792_0;
S_1791_1: /* 3 */
S_1773_0: /* 2 */
		if (!((((int)now.dirty[2])&& !((((((int)now.rwl[2])!=255)&&((int)now.lex[ Index(((int)now.rwl[2]), 9) ]))&&(((int)now.lpar[ Index(((int)now.rwl[2]), 9) ])==((int)now.lay[2])))))))
			goto S_1791_2;
S_1787_0: /* 2 */
S_1774_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_1780_0: /* 2 */
S_1779_0: /* 2 */
S_1775_0: /* 2 */
		if (!(((((int)n)<9)&&((int)now.lex[ Index(((int)n), 9) ]))))
			goto S_1779_1;
S_1776_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1780_0; /* ';' */
S_1779_1: /* 3 */
S_1777_0: /* 2 */
		/* else */;
S_1778_0: /* 2 */
		goto S_1782_0;	/* 'goto' */
S_1779_2: /* 3 */
		Uerror("blocking sel in d_step (nr.157, near line 218)");
S_1781_0: /* 2 */
		goto S_1782_0;	/* 'break' */
S_1782_0: /* 2 */
		spin_assert((((int)n)<9), "(n<9)", II, tt, t);
S_1783_0: /* 2 */
		now.lex[ Index(n, 9) ] = 1;
#ifdef VAR_RANGES
		logval("lex[n]", ((int)now.lex[ Index(((int)n), 9) ]));
#endif
		;
S_1784_0: /* 2 */
		now.lpar[ Index(n, 9) ] = ((int)now.lay[2]);
#ifdef VAR_RANGES
		logval("lpar[n]", ((int)now.lpar[ Index(((int)n), 9) ]));
#endif
		;
S_1785_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_1786_0: /* 2 */
		now.lrefs[ Index(now.lay[2], 9) ] = (((int)now.lrefs[ Index(((int)now.lay[2]), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[lay[2]]", ((int)now.lrefs[ Index(((int)now.lay[2]), 9) ]));
#endif
		;
		goto S_1788_0;
S_1788_0: /* 2 */
		now.rwl[2] = ((int)n);
#ifdef VAR_RANGES
		logval("rwl[2]", ((int)now.rwl[2]));
#endif
		;
		goto S_1792_0;
S_1791_2: /* 3 */
S_1789_0: /* 2 */
		/* else */;
S_1790_0: /* 2 */
		n = ((int)now.lay[2]);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1792_0;
S_1791_3: /* 3 */
		Uerror("blocking sel in d_step (nr.158, near line 272)");
S_1792_0: /* 2 */
S_1793_0: /* 2 */
		now.iex[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iex[j]", ((int)now.iex[ Index(((int)j), 2) ]));
#endif
		;
S_1794_0: /* 2 */
		now.ipar[ Index(j, 2) ] = ((int)now.img[2]);
#ifdef VAR_RANGES
		logval("ipar[j]", ((int)now.ipar[ Index(((int)j), 2) ]));
#endif
		;
S_1795_0: /* 2 */
		now.itop[ Index(j, 2) ] = ((int)n);
#ifdef VAR_RANGES
		logval("itop[j]", ((int)now.itop[ Index(((int)j), 2) ]));
#endif
		;
S_1796_0: /* 2 */
		now.lrefs[ Index(n, 9) ] = (((int)now.lrefs[ Index(((int)n), 9) ])+1);
#ifdef VAR_RANGES
		logval("lrefs[n]", ((int)now.lrefs[ Index(((int)n), 9) ]));
#endif
		;
S_1797_0: /* 2 */
		now.tag[2] = ((int)j);
#ifdef VAR_RANGES
		logval("tag[2]", ((int)now.tag[2]));
#endif
		;
S_1798_0: /* 2 */
		now.iage[ Index(j, 2) ] = 1;
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
S_1799_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1811_0: /* 2 */
S_1810_0: /* 2 */
S_1800_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_1810_1;
S_1805_0: /* 2 */
S_1801_0: /* 2 */
		if (!((((((int)c)!=((int)j))&&((int)now.iex[ Index(((int)c), 2) ]))&&(((int)now.iage[ Index(((int)c), 2) ])>=((int)now.iage[ Index(((int)j), 2) ])))))
			goto S_1805_1;
S_1802_0: /* 2 */
		now.iage[ Index(j, 2) ] = (((int)now.iage[ Index(((int)c), 2) ])+1);
#ifdef VAR_RANGES
		logval("iage[j]", ((int)now.iage[ Index(((int)j), 2) ]));
#endif
		;
		goto S_1806_0;
S_1805_1: /* 3 */
S_1803_0: /* 2 */
		/* else */;
S_1804_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1806_0;
S_1805_2: /* 3 */
		Uerror("blocking sel in d_step (nr.159, near line 278)");
S_1806_0: /* 2 */
S_1807_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1811_0; /* ';' */
S_1810_1: /* 3 */
S_1808_0: /* 2 */
		/* else */;
S_1809_0: /* 2 */
		goto S_1817_0;	/* 'goto' */
S_1810_2: /* 3 */
		Uerror("blocking sel in d_step (nr.160, near line 278)");
S_1812_0: /* 2 */
		goto S_1817_0;	/* 'break' */
		goto S_1817_0;
		goto S_1817_0;
S_1816_1: /* 3 */
S_1814_0: /* 2 */
		/* else */;
S_1815_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1817_0;
S_1816_2: /* 3 */
		Uerror("blocking sel in d_step (nr.161, near line 339)");
S_1817_0: /* 2 */
S_1818_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 108: // STATE 1825 - /dev/stdin:340 - [D_STEP340]
		if (!(boq == -1 && ((((int)now.tag[0])!=255)&&(((int)now.tag[1])==255))))
			continue;

		reached[0][1825] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1820_0: /* 2 */
		if (!(((((int)now.tag[0])!=255)&&(((int)now.tag[1])==255))))
			Uerror("block in d_step seq");
S_1821_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1822_0: /* 2 */
		now.tag[1] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("tag[1]", ((int)now.tag[1]));
#endif
		;
S_1823_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 109: // STATE 1830 - /dev/stdin:341 - [D_STEP341]
		if (!(boq == -1 && (((((int)now.tag[0])!=255)&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))))
			continue;

		reached[0][1830] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1825_0: /* 2 */
		if (!((((((int)now.tag[0])!=255)&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))))
			Uerror("block in d_step seq");
S_1826_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_1827_0: /* 2 */
		now.tag[2] = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("tag[2]", ((int)now.tag[2]));
#endif
		;
S_1828_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 110: // STATE 2021 - /dev/stdin:342 - [D_STEP342]
		if (!(boq == -1 && (((int)now.tag[0])!=255)))
			continue;

		reached[0][2021] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_1830_0: /* 2 */
		if (!((((int)now.tag[0])!=255)))
			Uerror("block in d_step seq");
S_1831_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2018_0: /* 2 */
S_1832_0: /* 2 */
		j = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_1833_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_1834_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_1835_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1847_0: /* 2 */
S_1846_0: /* 2 */
S_1836_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_1846_1;
S_1841_0: /* 2 */
S_1837_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_1841_1;
S_1838_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_1842_0;
S_1841_1: /* 3 */
S_1839_0: /* 2 */
		/* else */;
S_1840_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1842_0;
S_1841_2: /* 3 */
		Uerror("blocking sel in d_step (nr.162, near line 259)");
S_1842_0: /* 2 */
S_1843_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1847_0; /* ';' */
S_1846_1: /* 3 */
S_1844_0: /* 2 */
		/* else */;
S_1845_0: /* 2 */
		goto S_1849_0;	/* 'goto' */
S_1846_2: /* 3 */
		Uerror("blocking sel in d_step (nr.163, near line 259)");
S_1848_0: /* 2 */
		goto S_1849_0;	/* 'break' */
S_1849_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1861_0: /* 2 */
S_1860_0: /* 2 */
S_1850_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_1860_1;
S_1855_0: /* 2 */
S_1851_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)j)))))
			goto S_1855_1;
S_1852_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_1856_0;
S_1855_1: /* 3 */
S_1853_0: /* 2 */
		/* else */;
S_1854_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1856_0;
S_1855_2: /* 3 */
		Uerror("blocking sel in d_step (nr.164, near line 260)");
S_1856_0: /* 2 */
S_1857_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1861_0; /* ';' */
S_1860_1: /* 3 */
S_1858_0: /* 2 */
		/* else */;
S_1859_0: /* 2 */
		goto S_2016_0;	/* 'goto' */
S_1860_2: /* 3 */
		Uerror("blocking sel in d_step (nr.165, near line 260)");
S_1862_0: /* 2 */
		goto S_2016_0;	/* 'break' */
S_2016_0: /* 2 */
S_1863_0: /* 2 */
		if (!((( !(0)&&(((int)n)==1))&&((int)used))))
			goto S_2016_1;
S_1864_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2017_0;
S_2016_1: /* 3 */
S_1865_0: /* 2 */
		/* else */;
S_1866_0: /* 2 */
		now.tag[0] = 255;
#ifdef VAR_RANGES
		logval("tag[0]", ((int)now.tag[0]));
#endif
		;
S_2014_0: /* 2 */
S_1867_0: /* 2 */
		if (!((((int)n)==1)))
			goto S_2014_1;
S_2011_0: /* 2 */
S_1868_0: /* 2 */
		cur = ((int)j);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_1869_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_2009_0: /* 2 */
S_2008_0: /* 2 */
S_1870_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_2008_1;
S_1871_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_1872_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_1873_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1885_0: /* 2 */
S_1884_0: /* 2 */
S_1874_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_1884_1;
S_1879_0: /* 2 */
S_1875_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_1879_1;
S_1876_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_1880_0;
S_1879_1: /* 3 */
S_1877_0: /* 2 */
		/* else */;
S_1878_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1880_0;
S_1879_2: /* 3 */
		Uerror("blocking sel in d_step (nr.166, near line 239)");
S_1880_0: /* 2 */
S_1881_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1885_0; /* ';' */
S_1884_1: /* 3 */
S_1882_0: /* 2 */
		/* else */;
S_1883_0: /* 2 */
		goto S_1887_0;	/* 'goto' */
S_1884_2: /* 3 */
		Uerror("blocking sel in d_step (nr.167, near line 239)");
S_1886_0: /* 2 */
		goto S_1887_0;	/* 'break' */
S_1887_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1904_0: /* 2 */
S_1903_0: /* 2 */
S_1888_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_1903_1;
S_1898_0: /* 2 */
S_1889_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_1898_1;
S_1894_0: /* 2 */
S_1890_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_1894_1;
S_1891_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_1895_0;
S_1894_1: /* 3 */
S_1892_0: /* 2 */
		/* else */;
S_1893_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_1895_0;
S_1894_2: /* 3 */
		Uerror("blocking sel in d_step (nr.168, near line 240)");
S_1895_0: /* 2 */
		goto S_1899_0;
S_1898_1: /* 3 */
S_1896_0: /* 2 */
		/* else */;
S_1897_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1899_0;
S_1898_2: /* 3 */
		Uerror("blocking sel in d_step (nr.169, near line 240)");
S_1899_0: /* 2 */
S_1900_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1904_0; /* ';' */
S_1903_1: /* 3 */
S_1901_0: /* 2 */
		/* else */;
S_1902_0: /* 2 */
		goto S_1906_0;	/* 'goto' */
S_1903_2: /* 3 */
		Uerror("blocking sel in d_step (nr.170, near line 240)");
S_1905_0: /* 2 */
		goto S_1906_0;	/* 'break' */
S_1906_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1918_0: /* 2 */
S_1917_0: /* 2 */
S_1907_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_1917_1;
S_1912_0: /* 2 */
S_1908_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_1912_1;
S_1909_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_1913_0;
S_1912_1: /* 3 */
S_1910_0: /* 2 */
		/* else */;
S_1911_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1913_0;
S_1912_2: /* 3 */
		Uerror("blocking sel in d_step (nr.171, near line 241)");
S_1913_0: /* 2 */
S_1914_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1918_0; /* ';' */
S_1917_1: /* 3 */
S_1915_0: /* 2 */
		/* else */;
S_1916_0: /* 2 */
		goto S_2004_0;	/* 'goto' */
S_1917_2: /* 3 */
		Uerror("blocking sel in d_step (nr.172, near line 241)");
S_1919_0: /* 2 */
		goto S_2004_0;	/* 'break' */
S_2004_0: /* 2 */
S_1920_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_2004_1;
S_1921_0: /* 2 */
		goto S_2017_0;	/* 'goto' */
		goto S_2005_0;
S_2004_1: /* 3 */
S_1922_0: /* 2 */
		/* else */;
S_1923_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1935_0: /* 2 */
S_1934_0: /* 2 */
S_1924_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_1934_1;
S_1929_0: /* 2 */
S_1925_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_1929_1;
S_1926_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_1930_0;
S_1929_1: /* 3 */
S_1927_0: /* 2 */
		/* else */;
S_1928_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1930_0;
S_1929_2: /* 3 */
		Uerror("blocking sel in d_step (nr.173, near line 245)");
S_1930_0: /* 2 */
S_1931_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1935_0; /* ';' */
S_1934_1: /* 3 */
S_1932_0: /* 2 */
		/* else */;
S_1933_0: /* 2 */
		goto S_1937_0;	/* 'goto' */
S_1934_2: /* 3 */
		Uerror("blocking sel in d_step (nr.174, near line 245)");
S_1936_0: /* 2 */
		goto S_1937_0;	/* 'break' */
S_1937_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_1938_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_1939_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_1940_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1952_0: /* 2 */
S_1951_0: /* 2 */
S_1941_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_1951_1;
S_1946_0: /* 2 */
S_1942_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_1946_1;
S_1943_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_1947_0;
S_1946_1: /* 3 */
S_1944_0: /* 2 */
		/* else */;
S_1945_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1947_0;
S_1946_2: /* 3 */
		Uerror("blocking sel in d_step (nr.175, near line 247)");
S_1947_0: /* 2 */
S_1948_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1952_0; /* ';' */
S_1951_1: /* 3 */
S_1949_0: /* 2 */
		/* else */;
S_1950_0: /* 2 */
		goto S_1954_0;	/* 'goto' */
S_1951_2: /* 3 */
		Uerror("blocking sel in d_step (nr.176, near line 247)");
S_1953_0: /* 2 */
		goto S_1954_0;	/* 'break' */
S_1954_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_1966_0: /* 2 */
S_1965_0: /* 2 */
S_1955_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_1965_1;
S_1960_0: /* 2 */
S_1956_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_1960_1;
S_1957_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_1961_0;
S_1960_1: /* 3 */
S_1958_0: /* 2 */
		/* else */;
S_1959_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1961_0;
S_1960_2: /* 3 */
		Uerror("blocking sel in d_step (nr.177, near line 248)");
S_1961_0: /* 2 */
S_1962_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_1966_0; /* ';' */
S_1965_1: /* 3 */
S_1963_0: /* 2 */
		/* else */;
S_1964_0: /* 2 */
		goto S_1999_0;	/* 'goto' */
S_1965_2: /* 3 */
		Uerror("blocking sel in d_step (nr.178, near line 248)");
S_1967_0: /* 2 */
		goto S_1999_0;	/* 'break' */
S_1999_0: /* 2 */
S_1968_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_1997_0: /* 2 */
S_1996_0: /* 2 */
S_1969_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_1996_1;
S_1970_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_1992_0: /* 2 */
S_1971_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_1992_1;
S_1972_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_1973_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_1974_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_1975_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_1987_0: /* 2 */
S_1986_0: /* 2 */
S_1976_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_1986_1;
S_1981_0: /* 2 */
S_1977_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_1981_1;
S_1978_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_1982_0;
S_1981_1: /* 3 */
S_1979_0: /* 2 */
		/* else */;
S_1980_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_1982_0;
S_1981_2: /* 3 */
		Uerror("blocking sel in d_step (nr.179, near line 208)");
S_1982_0: /* 2 */
S_1983_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_1987_0; /* ';' */
S_1986_1: /* 3 */
S_1984_0: /* 2 */
		/* else */;
S_1985_0: /* 2 */
		goto S_1989_0;	/* 'goto' */
S_1986_2: /* 3 */
		Uerror("blocking sel in d_step (nr.180, near line 208)");
S_1988_0: /* 2 */
		goto S_1989_0;	/* 'break' */
S_1989_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1993_0;
S_1992_1: /* 3 */
S_1990_0: /* 2 */
		/* else */;
S_1991_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_1993_0;
S_1992_2: /* 3 */
		Uerror("blocking sel in d_step (nr.181, near line 205)");
S_1993_0: /* 2 */
		goto S_1997_0; /* '.' */
		goto S_1997_0; /* ';' */
S_1996_1: /* 3 */
S_1994_0: /* 2 */
		/* else */;
S_1995_0: /* 2 */
		goto S_2000_0;	/* 'goto' */
S_1996_2: /* 3 */
		Uerror("blocking sel in d_step (nr.182, near line 202)");
S_1998_0: /* 2 */
		goto S_2000_0;	/* 'break' */
		goto S_2000_0;
S_2000_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_2001_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_2002_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2003_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_2005_0;
S_2004_2: /* 3 */
		Uerror("blocking sel in d_step (nr.183, near line 242)");
S_2005_0: /* 2 */
		goto S_2009_0; /* '.' */
		goto S_2009_0; /* ';' */
S_2008_1: /* 3 */
S_2006_0: /* 2 */
		/* else */;
S_2007_0: /* 2 */
		goto S_2017_0;	/* 'goto' */
		goto S_2009_0; /* ';' */
S_2008_2: /* 3 */
		Uerror("blocking sel in d_step (nr.184, near line 236)");
S_2010_0: /* 2 */
		goto S_2017_0;	/* 'break' */
		goto S_2015_0;
S_2014_1: /* 3 */
S_2012_0: /* 2 */
		/* else */;
S_2013_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2015_0;
S_2014_2: /* 3 */
		Uerror("blocking sel in d_step (nr.185, near line 265)");
S_2015_0: /* 2 */
		goto S_2017_0;
S_2016_2: /* 3 */
		Uerror("blocking sel in d_step (nr.186, near line 261)");
S_2017_0: /* 2 */
		goto S_2019_0;
S_2019_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 111: // STATE 2212 - /dev/stdin:343 - [D_STEP343]
		if (!(boq == -1 && (((int)now.tag[0])!=255)))
			continue;

		reached[0][2212] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2021_0: /* 2 */
		if (!((((int)now.tag[0])!=255)))
			Uerror("block in d_step seq");
S_2022_0: /* 2 */
		now.forced = 1;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2209_0: /* 2 */
S_2023_0: /* 2 */
		j = ((int)now.tag[0]);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_2024_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_2025_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_2026_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2038_0: /* 2 */
S_2037_0: /* 2 */
S_2027_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2037_1;
S_2032_0: /* 2 */
S_2028_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_2032_1;
S_2029_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_2033_0;
S_2032_1: /* 3 */
S_2030_0: /* 2 */
		/* else */;
S_2031_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2033_0;
S_2032_2: /* 3 */
		Uerror("blocking sel in d_step (nr.187, near line 259)");
S_2033_0: /* 2 */
S_2034_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2038_0; /* ';' */
S_2037_1: /* 3 */
S_2035_0: /* 2 */
		/* else */;
S_2036_0: /* 2 */
		goto S_2040_0;	/* 'goto' */
S_2037_2: /* 3 */
		Uerror("blocking sel in d_step (nr.188, near line 259)");
S_2039_0: /* 2 */
		goto S_2040_0;	/* 'break' */
S_2040_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2052_0: /* 2 */
S_2051_0: /* 2 */
S_2041_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2051_1;
S_2046_0: /* 2 */
S_2042_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)j)))))
			goto S_2046_1;
S_2043_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_2047_0;
S_2046_1: /* 3 */
S_2044_0: /* 2 */
		/* else */;
S_2045_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2047_0;
S_2046_2: /* 3 */
		Uerror("blocking sel in d_step (nr.189, near line 260)");
S_2047_0: /* 2 */
S_2048_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2052_0; /* ';' */
S_2051_1: /* 3 */
S_2049_0: /* 2 */
		/* else */;
S_2050_0: /* 2 */
		goto S_2207_0;	/* 'goto' */
S_2051_2: /* 3 */
		Uerror("blocking sel in d_step (nr.190, near line 260)");
S_2053_0: /* 2 */
		goto S_2207_0;	/* 'break' */
S_2207_0: /* 2 */
S_2054_0: /* 2 */
		if (!((( !(1)&&(((int)n)==1))&&((int)used))))
			goto S_2207_1;
S_2055_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2208_0;
S_2207_1: /* 3 */
S_2056_0: /* 2 */
		/* else */;
S_2057_0: /* 2 */
		now.tag[0] = 255;
#ifdef VAR_RANGES
		logval("tag[0]", ((int)now.tag[0]));
#endif
		;
S_2205_0: /* 2 */
S_2058_0: /* 2 */
		if (!((((int)n)==1)))
			goto S_2205_1;
S_2202_0: /* 2 */
S_2059_0: /* 2 */
		cur = ((int)j);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2060_0: /* 2 */
		f = 1;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_2200_0: /* 2 */
S_2199_0: /* 2 */
S_2061_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_2199_1;
S_2062_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_2063_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_2064_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2076_0: /* 2 */
S_2075_0: /* 2 */
S_2065_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2075_1;
S_2070_0: /* 2 */
S_2066_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_2070_1;
S_2067_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2071_0;
S_2070_1: /* 3 */
S_2068_0: /* 2 */
		/* else */;
S_2069_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2071_0;
S_2070_2: /* 3 */
		Uerror("blocking sel in d_step (nr.191, near line 239)");
S_2071_0: /* 2 */
S_2072_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2076_0; /* ';' */
S_2075_1: /* 3 */
S_2073_0: /* 2 */
		/* else */;
S_2074_0: /* 2 */
		goto S_2078_0;	/* 'goto' */
S_2075_2: /* 3 */
		Uerror("blocking sel in d_step (nr.192, near line 239)");
S_2077_0: /* 2 */
		goto S_2078_0;	/* 'break' */
S_2078_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2095_0: /* 2 */
S_2094_0: /* 2 */
S_2079_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2094_1;
S_2089_0: /* 2 */
S_2080_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2089_1;
S_2085_0: /* 2 */
S_2081_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_2085_1;
S_2082_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2086_0;
S_2085_1: /* 3 */
S_2083_0: /* 2 */
		/* else */;
S_2084_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2086_0;
S_2085_2: /* 3 */
		Uerror("blocking sel in d_step (nr.193, near line 240)");
S_2086_0: /* 2 */
		goto S_2090_0;
S_2089_1: /* 3 */
S_2087_0: /* 2 */
		/* else */;
S_2088_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2090_0;
S_2089_2: /* 3 */
		Uerror("blocking sel in d_step (nr.194, near line 240)");
S_2090_0: /* 2 */
S_2091_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2095_0; /* ';' */
S_2094_1: /* 3 */
S_2092_0: /* 2 */
		/* else */;
S_2093_0: /* 2 */
		goto S_2097_0;	/* 'goto' */
S_2094_2: /* 3 */
		Uerror("blocking sel in d_step (nr.195, near line 240)");
S_2096_0: /* 2 */
		goto S_2097_0;	/* 'break' */
S_2097_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2109_0: /* 2 */
S_2108_0: /* 2 */
S_2098_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2108_1;
S_2103_0: /* 2 */
S_2099_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2103_1;
S_2100_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2104_0;
S_2103_1: /* 3 */
S_2101_0: /* 2 */
		/* else */;
S_2102_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2104_0;
S_2103_2: /* 3 */
		Uerror("blocking sel in d_step (nr.196, near line 241)");
S_2104_0: /* 2 */
S_2105_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2109_0; /* ';' */
S_2108_1: /* 3 */
S_2106_0: /* 2 */
		/* else */;
S_2107_0: /* 2 */
		goto S_2195_0;	/* 'goto' */
S_2108_2: /* 3 */
		Uerror("blocking sel in d_step (nr.197, near line 241)");
S_2110_0: /* 2 */
		goto S_2195_0;	/* 'break' */
S_2195_0: /* 2 */
S_2111_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_2195_1;
S_2112_0: /* 2 */
		goto S_2208_0;	/* 'goto' */
		goto S_2196_0;
S_2195_1: /* 3 */
S_2113_0: /* 2 */
		/* else */;
S_2114_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2126_0: /* 2 */
S_2125_0: /* 2 */
S_2115_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2125_1;
S_2120_0: /* 2 */
S_2116_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2120_1;
S_2117_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2121_0;
S_2120_1: /* 3 */
S_2118_0: /* 2 */
		/* else */;
S_2119_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2121_0;
S_2120_2: /* 3 */
		Uerror("blocking sel in d_step (nr.198, near line 245)");
S_2121_0: /* 2 */
S_2122_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2126_0; /* ';' */
S_2125_1: /* 3 */
S_2123_0: /* 2 */
		/* else */;
S_2124_0: /* 2 */
		goto S_2128_0;	/* 'goto' */
S_2125_2: /* 3 */
		Uerror("blocking sel in d_step (nr.199, near line 245)");
S_2127_0: /* 2 */
		goto S_2128_0;	/* 'break' */
S_2128_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_2129_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_2130_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_2131_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2143_0: /* 2 */
S_2142_0: /* 2 */
S_2132_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2142_1;
S_2137_0: /* 2 */
S_2133_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_2137_1;
S_2134_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_2138_0;
S_2137_1: /* 3 */
S_2135_0: /* 2 */
		/* else */;
S_2136_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2138_0;
S_2137_2: /* 3 */
		Uerror("blocking sel in d_step (nr.200, near line 247)");
S_2138_0: /* 2 */
S_2139_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2143_0; /* ';' */
S_2142_1: /* 3 */
S_2140_0: /* 2 */
		/* else */;
S_2141_0: /* 2 */
		goto S_2145_0;	/* 'goto' */
S_2142_2: /* 3 */
		Uerror("blocking sel in d_step (nr.201, near line 247)");
S_2144_0: /* 2 */
		goto S_2145_0;	/* 'break' */
S_2145_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2157_0: /* 2 */
S_2156_0: /* 2 */
S_2146_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2156_1;
S_2151_0: /* 2 */
S_2147_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2151_1;
S_2148_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2152_0;
S_2151_1: /* 3 */
S_2149_0: /* 2 */
		/* else */;
S_2150_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2152_0;
S_2151_2: /* 3 */
		Uerror("blocking sel in d_step (nr.202, near line 248)");
S_2152_0: /* 2 */
S_2153_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2157_0; /* ';' */
S_2156_1: /* 3 */
S_2154_0: /* 2 */
		/* else */;
S_2155_0: /* 2 */
		goto S_2190_0;	/* 'goto' */
S_2156_2: /* 3 */
		Uerror("blocking sel in d_step (nr.203, near line 248)");
S_2158_0: /* 2 */
		goto S_2190_0;	/* 'break' */
S_2190_0: /* 2 */
S_2159_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_2188_0: /* 2 */
S_2187_0: /* 2 */
S_2160_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_2187_1;
S_2161_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_2183_0: /* 2 */
S_2162_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_2183_1;
S_2163_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_2164_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_2165_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_2166_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_2178_0: /* 2 */
S_2177_0: /* 2 */
S_2167_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_2177_1;
S_2172_0: /* 2 */
S_2168_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_2172_1;
S_2169_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_2173_0;
S_2172_1: /* 3 */
S_2170_0: /* 2 */
		/* else */;
S_2171_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2173_0;
S_2172_2: /* 3 */
		Uerror("blocking sel in d_step (nr.204, near line 208)");
S_2173_0: /* 2 */
S_2174_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_2178_0; /* ';' */
S_2177_1: /* 3 */
S_2175_0: /* 2 */
		/* else */;
S_2176_0: /* 2 */
		goto S_2180_0;	/* 'goto' */
S_2177_2: /* 3 */
		Uerror("blocking sel in d_step (nr.205, near line 208)");
S_2179_0: /* 2 */
		goto S_2180_0;	/* 'break' */
S_2180_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2184_0;
S_2183_1: /* 3 */
S_2181_0: /* 2 */
		/* else */;
S_2182_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2184_0;
S_2183_2: /* 3 */
		Uerror("blocking sel in d_step (nr.206, near line 205)");
S_2184_0: /* 2 */
		goto S_2188_0; /* '.' */
		goto S_2188_0; /* ';' */
S_2187_1: /* 3 */
S_2185_0: /* 2 */
		/* else */;
S_2186_0: /* 2 */
		goto S_2191_0;	/* 'goto' */
S_2187_2: /* 3 */
		Uerror("blocking sel in d_step (nr.207, near line 202)");
S_2189_0: /* 2 */
		goto S_2191_0;	/* 'break' */
		goto S_2191_0;
S_2191_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_2192_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_2193_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2194_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_2196_0;
S_2195_2: /* 3 */
		Uerror("blocking sel in d_step (nr.208, near line 242)");
S_2196_0: /* 2 */
		goto S_2200_0; /* '.' */
		goto S_2200_0; /* ';' */
S_2199_1: /* 3 */
S_2197_0: /* 2 */
		/* else */;
S_2198_0: /* 2 */
		goto S_2208_0;	/* 'goto' */
		goto S_2200_0; /* ';' */
S_2199_2: /* 3 */
		Uerror("blocking sel in d_step (nr.209, near line 236)");
S_2201_0: /* 2 */
		goto S_2208_0;	/* 'break' */
		goto S_2206_0;
S_2205_1: /* 3 */
S_2203_0: /* 2 */
		/* else */;
S_2204_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2206_0;
S_2205_2: /* 3 */
		Uerror("blocking sel in d_step (nr.210, near line 265)");
S_2206_0: /* 2 */
		goto S_2208_0;
S_2207_2: /* 3 */
		Uerror("blocking sel in d_step (nr.211, near line 261)");
S_2208_0: /* 2 */
		goto S_2210_0;
S_2210_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 112: // STATE 2217 - /dev/stdin:344 - [D_STEP344]
		if (!(boq == -1 && ((((int)now.tag[1])!=255)&&(((int)now.tag[1])==255))))
			continue;

		reached[0][2217] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2212_0: /* 2 */
		if (!(((((int)now.tag[1])!=255)&&(((int)now.tag[1])==255))))
			Uerror("block in d_step seq");
S_2213_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2214_0: /* 2 */
		now.tag[1] = ((int)now.tag[1]);
#ifdef VAR_RANGES
		logval("tag[1]", ((int)now.tag[1]));
#endif
		;
S_2215_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 113: // STATE 2222 - /dev/stdin:345 - [D_STEP345]
		if (!(boq == -1 && (((((int)now.tag[1])!=255)&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))))
			continue;

		reached[0][2222] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2217_0: /* 2 */
		if (!((((((int)now.tag[1])!=255)&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))))
			Uerror("block in d_step seq");
S_2218_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2219_0: /* 2 */
		now.tag[2] = ((int)now.tag[1]);
#ifdef VAR_RANGES
		logval("tag[2]", ((int)now.tag[2]));
#endif
		;
S_2220_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 114: // STATE 2413 - /dev/stdin:346 - [D_STEP346]
		if (!(boq == -1 && (((int)now.tag[1])!=255)))
			continue;

		reached[0][2413] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2222_0: /* 2 */
		if (!((((int)now.tag[1])!=255)))
			Uerror("block in d_step seq");
S_2223_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2410_0: /* 2 */
S_2224_0: /* 2 */
		j = ((int)now.tag[1]);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_2225_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_2226_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_2227_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2239_0: /* 2 */
S_2238_0: /* 2 */
S_2228_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2238_1;
S_2233_0: /* 2 */
S_2229_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_2233_1;
S_2230_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_2234_0;
S_2233_1: /* 3 */
S_2231_0: /* 2 */
		/* else */;
S_2232_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2234_0;
S_2233_2: /* 3 */
		Uerror("blocking sel in d_step (nr.212, near line 259)");
S_2234_0: /* 2 */
S_2235_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2239_0; /* ';' */
S_2238_1: /* 3 */
S_2236_0: /* 2 */
		/* else */;
S_2237_0: /* 2 */
		goto S_2241_0;	/* 'goto' */
S_2238_2: /* 3 */
		Uerror("blocking sel in d_step (nr.213, near line 259)");
S_2240_0: /* 2 */
		goto S_2241_0;	/* 'break' */
S_2241_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2253_0: /* 2 */
S_2252_0: /* 2 */
S_2242_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2252_1;
S_2247_0: /* 2 */
S_2243_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)j)))))
			goto S_2247_1;
S_2244_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_2248_0;
S_2247_1: /* 3 */
S_2245_0: /* 2 */
		/* else */;
S_2246_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2248_0;
S_2247_2: /* 3 */
		Uerror("blocking sel in d_step (nr.214, near line 260)");
S_2248_0: /* 2 */
S_2249_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2253_0; /* ';' */
S_2252_1: /* 3 */
S_2250_0: /* 2 */
		/* else */;
S_2251_0: /* 2 */
		goto S_2408_0;	/* 'goto' */
S_2252_2: /* 3 */
		Uerror("blocking sel in d_step (nr.215, near line 260)");
S_2254_0: /* 2 */
		goto S_2408_0;	/* 'break' */
S_2408_0: /* 2 */
S_2255_0: /* 2 */
		if (!((( !(0)&&(((int)n)==1))&&((int)used))))
			goto S_2408_1;
S_2256_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2409_0;
S_2408_1: /* 3 */
S_2257_0: /* 2 */
		/* else */;
S_2258_0: /* 2 */
		now.tag[1] = 255;
#ifdef VAR_RANGES
		logval("tag[1]", ((int)now.tag[1]));
#endif
		;
S_2406_0: /* 2 */
S_2259_0: /* 2 */
		if (!((((int)n)==1)))
			goto S_2406_1;
S_2403_0: /* 2 */
S_2260_0: /* 2 */
		cur = ((int)j);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2261_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_2401_0: /* 2 */
S_2400_0: /* 2 */
S_2262_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_2400_1;
S_2263_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_2264_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_2265_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2277_0: /* 2 */
S_2276_0: /* 2 */
S_2266_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2276_1;
S_2271_0: /* 2 */
S_2267_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_2271_1;
S_2268_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2272_0;
S_2271_1: /* 3 */
S_2269_0: /* 2 */
		/* else */;
S_2270_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2272_0;
S_2271_2: /* 3 */
		Uerror("blocking sel in d_step (nr.216, near line 239)");
S_2272_0: /* 2 */
S_2273_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2277_0; /* ';' */
S_2276_1: /* 3 */
S_2274_0: /* 2 */
		/* else */;
S_2275_0: /* 2 */
		goto S_2279_0;	/* 'goto' */
S_2276_2: /* 3 */
		Uerror("blocking sel in d_step (nr.217, near line 239)");
S_2278_0: /* 2 */
		goto S_2279_0;	/* 'break' */
S_2279_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2296_0: /* 2 */
S_2295_0: /* 2 */
S_2280_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2295_1;
S_2290_0: /* 2 */
S_2281_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2290_1;
S_2286_0: /* 2 */
S_2282_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_2286_1;
S_2283_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2287_0;
S_2286_1: /* 3 */
S_2284_0: /* 2 */
		/* else */;
S_2285_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2287_0;
S_2286_2: /* 3 */
		Uerror("blocking sel in d_step (nr.218, near line 240)");
S_2287_0: /* 2 */
		goto S_2291_0;
S_2290_1: /* 3 */
S_2288_0: /* 2 */
		/* else */;
S_2289_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2291_0;
S_2290_2: /* 3 */
		Uerror("blocking sel in d_step (nr.219, near line 240)");
S_2291_0: /* 2 */
S_2292_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2296_0; /* ';' */
S_2295_1: /* 3 */
S_2293_0: /* 2 */
		/* else */;
S_2294_0: /* 2 */
		goto S_2298_0;	/* 'goto' */
S_2295_2: /* 3 */
		Uerror("blocking sel in d_step (nr.220, near line 240)");
S_2297_0: /* 2 */
		goto S_2298_0;	/* 'break' */
S_2298_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2310_0: /* 2 */
S_2309_0: /* 2 */
S_2299_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2309_1;
S_2304_0: /* 2 */
S_2300_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2304_1;
S_2301_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2305_0;
S_2304_1: /* 3 */
S_2302_0: /* 2 */
		/* else */;
S_2303_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2305_0;
S_2304_2: /* 3 */
		Uerror("blocking sel in d_step (nr.221, near line 241)");
S_2305_0: /* 2 */
S_2306_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2310_0; /* ';' */
S_2309_1: /* 3 */
S_2307_0: /* 2 */
		/* else */;
S_2308_0: /* 2 */
		goto S_2396_0;	/* 'goto' */
S_2309_2: /* 3 */
		Uerror("blocking sel in d_step (nr.222, near line 241)");
S_2311_0: /* 2 */
		goto S_2396_0;	/* 'break' */
S_2396_0: /* 2 */
S_2312_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_2396_1;
S_2313_0: /* 2 */
		goto S_2409_0;	/* 'goto' */
		goto S_2397_0;
S_2396_1: /* 3 */
S_2314_0: /* 2 */
		/* else */;
S_2315_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2327_0: /* 2 */
S_2326_0: /* 2 */
S_2316_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2326_1;
S_2321_0: /* 2 */
S_2317_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2321_1;
S_2318_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2322_0;
S_2321_1: /* 3 */
S_2319_0: /* 2 */
		/* else */;
S_2320_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2322_0;
S_2321_2: /* 3 */
		Uerror("blocking sel in d_step (nr.223, near line 245)");
S_2322_0: /* 2 */
S_2323_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2327_0; /* ';' */
S_2326_1: /* 3 */
S_2324_0: /* 2 */
		/* else */;
S_2325_0: /* 2 */
		goto S_2329_0;	/* 'goto' */
S_2326_2: /* 3 */
		Uerror("blocking sel in d_step (nr.224, near line 245)");
S_2328_0: /* 2 */
		goto S_2329_0;	/* 'break' */
S_2329_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_2330_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_2331_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_2332_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2344_0: /* 2 */
S_2343_0: /* 2 */
S_2333_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2343_1;
S_2338_0: /* 2 */
S_2334_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_2338_1;
S_2335_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_2339_0;
S_2338_1: /* 3 */
S_2336_0: /* 2 */
		/* else */;
S_2337_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2339_0;
S_2338_2: /* 3 */
		Uerror("blocking sel in d_step (nr.225, near line 247)");
S_2339_0: /* 2 */
S_2340_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2344_0; /* ';' */
S_2343_1: /* 3 */
S_2341_0: /* 2 */
		/* else */;
S_2342_0: /* 2 */
		goto S_2346_0;	/* 'goto' */
S_2343_2: /* 3 */
		Uerror("blocking sel in d_step (nr.226, near line 247)");
S_2345_0: /* 2 */
		goto S_2346_0;	/* 'break' */
S_2346_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2358_0: /* 2 */
S_2357_0: /* 2 */
S_2347_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2357_1;
S_2352_0: /* 2 */
S_2348_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2352_1;
S_2349_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2353_0;
S_2352_1: /* 3 */
S_2350_0: /* 2 */
		/* else */;
S_2351_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2353_0;
S_2352_2: /* 3 */
		Uerror("blocking sel in d_step (nr.227, near line 248)");
S_2353_0: /* 2 */
S_2354_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2358_0; /* ';' */
S_2357_1: /* 3 */
S_2355_0: /* 2 */
		/* else */;
S_2356_0: /* 2 */
		goto S_2391_0;	/* 'goto' */
S_2357_2: /* 3 */
		Uerror("blocking sel in d_step (nr.228, near line 248)");
S_2359_0: /* 2 */
		goto S_2391_0;	/* 'break' */
S_2391_0: /* 2 */
S_2360_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_2389_0: /* 2 */
S_2388_0: /* 2 */
S_2361_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_2388_1;
S_2362_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_2384_0: /* 2 */
S_2363_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_2384_1;
S_2364_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_2365_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_2366_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_2367_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_2379_0: /* 2 */
S_2378_0: /* 2 */
S_2368_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_2378_1;
S_2373_0: /* 2 */
S_2369_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_2373_1;
S_2370_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_2374_0;
S_2373_1: /* 3 */
S_2371_0: /* 2 */
		/* else */;
S_2372_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2374_0;
S_2373_2: /* 3 */
		Uerror("blocking sel in d_step (nr.229, near line 208)");
S_2374_0: /* 2 */
S_2375_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_2379_0; /* ';' */
S_2378_1: /* 3 */
S_2376_0: /* 2 */
		/* else */;
S_2377_0: /* 2 */
		goto S_2381_0;	/* 'goto' */
S_2378_2: /* 3 */
		Uerror("blocking sel in d_step (nr.230, near line 208)");
S_2380_0: /* 2 */
		goto S_2381_0;	/* 'break' */
S_2381_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2385_0;
S_2384_1: /* 3 */
S_2382_0: /* 2 */
		/* else */;
S_2383_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2385_0;
S_2384_2: /* 3 */
		Uerror("blocking sel in d_step (nr.231, near line 205)");
S_2385_0: /* 2 */
		goto S_2389_0; /* '.' */
		goto S_2389_0; /* ';' */
S_2388_1: /* 3 */
S_2386_0: /* 2 */
		/* else */;
S_2387_0: /* 2 */
		goto S_2392_0;	/* 'goto' */
S_2388_2: /* 3 */
		Uerror("blocking sel in d_step (nr.232, near line 202)");
S_2390_0: /* 2 */
		goto S_2392_0;	/* 'break' */
		goto S_2392_0;
S_2392_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_2393_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_2394_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2395_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_2397_0;
S_2396_2: /* 3 */
		Uerror("blocking sel in d_step (nr.233, near line 242)");
S_2397_0: /* 2 */
		goto S_2401_0; /* '.' */
		goto S_2401_0; /* ';' */
S_2400_1: /* 3 */
S_2398_0: /* 2 */
		/* else */;
S_2399_0: /* 2 */
		goto S_2409_0;	/* 'goto' */
		goto S_2401_0; /* ';' */
S_2400_2: /* 3 */
		Uerror("blocking sel in d_step (nr.234, near line 236)");
S_2402_0: /* 2 */
		goto S_2409_0;	/* 'break' */
		goto S_2407_0;
S_2406_1: /* 3 */
S_2404_0: /* 2 */
		/* else */;
S_2405_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2407_0;
S_2406_2: /* 3 */
		Uerror("blocking sel in d_step (nr.235, near line 265)");
S_2407_0: /* 2 */
		goto S_2409_0;
S_2408_2: /* 3 */
		Uerror("blocking sel in d_step (nr.236, near line 261)");
S_2409_0: /* 2 */
		goto S_2411_0;
S_2411_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 115: // STATE 2604 - /dev/stdin:347 - [D_STEP347]
		if (!(boq == -1 && (((int)now.tag[1])!=255)))
			continue;

		reached[0][2604] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2413_0: /* 2 */
		if (!((((int)now.tag[1])!=255)))
			Uerror("block in d_step seq");
S_2414_0: /* 2 */
		now.forced = 1;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2601_0: /* 2 */
S_2415_0: /* 2 */
		j = ((int)now.tag[1]);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_2416_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_2417_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_2418_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2430_0: /* 2 */
S_2429_0: /* 2 */
S_2419_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2429_1;
S_2424_0: /* 2 */
S_2420_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_2424_1;
S_2421_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_2425_0;
S_2424_1: /* 3 */
S_2422_0: /* 2 */
		/* else */;
S_2423_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2425_0;
S_2424_2: /* 3 */
		Uerror("blocking sel in d_step (nr.237, near line 259)");
S_2425_0: /* 2 */
S_2426_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2430_0; /* ';' */
S_2429_1: /* 3 */
S_2427_0: /* 2 */
		/* else */;
S_2428_0: /* 2 */
		goto S_2432_0;	/* 'goto' */
S_2429_2: /* 3 */
		Uerror("blocking sel in d_step (nr.238, near line 259)");
S_2431_0: /* 2 */
		goto S_2432_0;	/* 'break' */
S_2432_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2444_0: /* 2 */
S_2443_0: /* 2 */
S_2433_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2443_1;
S_2438_0: /* 2 */
S_2434_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)j)))))
			goto S_2438_1;
S_2435_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_2439_0;
S_2438_1: /* 3 */
S_2436_0: /* 2 */
		/* else */;
S_2437_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2439_0;
S_2438_2: /* 3 */
		Uerror("blocking sel in d_step (nr.239, near line 260)");
S_2439_0: /* 2 */
S_2440_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2444_0; /* ';' */
S_2443_1: /* 3 */
S_2441_0: /* 2 */
		/* else */;
S_2442_0: /* 2 */
		goto S_2599_0;	/* 'goto' */
S_2443_2: /* 3 */
		Uerror("blocking sel in d_step (nr.240, near line 260)");
S_2445_0: /* 2 */
		goto S_2599_0;	/* 'break' */
S_2599_0: /* 2 */
S_2446_0: /* 2 */
		if (!((( !(1)&&(((int)n)==1))&&((int)used))))
			goto S_2599_1;
S_2447_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2600_0;
S_2599_1: /* 3 */
S_2448_0: /* 2 */
		/* else */;
S_2449_0: /* 2 */
		now.tag[1] = 255;
#ifdef VAR_RANGES
		logval("tag[1]", ((int)now.tag[1]));
#endif
		;
S_2597_0: /* 2 */
S_2450_0: /* 2 */
		if (!((((int)n)==1)))
			goto S_2597_1;
S_2594_0: /* 2 */
S_2451_0: /* 2 */
		cur = ((int)j);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2452_0: /* 2 */
		f = 1;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_2592_0: /* 2 */
S_2591_0: /* 2 */
S_2453_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_2591_1;
S_2454_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_2455_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_2456_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2468_0: /* 2 */
S_2467_0: /* 2 */
S_2457_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2467_1;
S_2462_0: /* 2 */
S_2458_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_2462_1;
S_2459_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2463_0;
S_2462_1: /* 3 */
S_2460_0: /* 2 */
		/* else */;
S_2461_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2463_0;
S_2462_2: /* 3 */
		Uerror("blocking sel in d_step (nr.241, near line 239)");
S_2463_0: /* 2 */
S_2464_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2468_0; /* ';' */
S_2467_1: /* 3 */
S_2465_0: /* 2 */
		/* else */;
S_2466_0: /* 2 */
		goto S_2470_0;	/* 'goto' */
S_2467_2: /* 3 */
		Uerror("blocking sel in d_step (nr.242, near line 239)");
S_2469_0: /* 2 */
		goto S_2470_0;	/* 'break' */
S_2470_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2487_0: /* 2 */
S_2486_0: /* 2 */
S_2471_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2486_1;
S_2481_0: /* 2 */
S_2472_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2481_1;
S_2477_0: /* 2 */
S_2473_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_2477_1;
S_2474_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2478_0;
S_2477_1: /* 3 */
S_2475_0: /* 2 */
		/* else */;
S_2476_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2478_0;
S_2477_2: /* 3 */
		Uerror("blocking sel in d_step (nr.243, near line 240)");
S_2478_0: /* 2 */
		goto S_2482_0;
S_2481_1: /* 3 */
S_2479_0: /* 2 */
		/* else */;
S_2480_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2482_0;
S_2481_2: /* 3 */
		Uerror("blocking sel in d_step (nr.244, near line 240)");
S_2482_0: /* 2 */
S_2483_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2487_0; /* ';' */
S_2486_1: /* 3 */
S_2484_0: /* 2 */
		/* else */;
S_2485_0: /* 2 */
		goto S_2489_0;	/* 'goto' */
S_2486_2: /* 3 */
		Uerror("blocking sel in d_step (nr.245, near line 240)");
S_2488_0: /* 2 */
		goto S_2489_0;	/* 'break' */
S_2489_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2501_0: /* 2 */
S_2500_0: /* 2 */
S_2490_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2500_1;
S_2495_0: /* 2 */
S_2491_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2495_1;
S_2492_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2496_0;
S_2495_1: /* 3 */
S_2493_0: /* 2 */
		/* else */;
S_2494_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2496_0;
S_2495_2: /* 3 */
		Uerror("blocking sel in d_step (nr.246, near line 241)");
S_2496_0: /* 2 */
S_2497_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2501_0; /* ';' */
S_2500_1: /* 3 */
S_2498_0: /* 2 */
		/* else */;
S_2499_0: /* 2 */
		goto S_2587_0;	/* 'goto' */
S_2500_2: /* 3 */
		Uerror("blocking sel in d_step (nr.247, near line 241)");
S_2502_0: /* 2 */
		goto S_2587_0;	/* 'break' */
S_2587_0: /* 2 */
S_2503_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_2587_1;
S_2504_0: /* 2 */
		goto S_2600_0;	/* 'goto' */
		goto S_2588_0;
S_2587_1: /* 3 */
S_2505_0: /* 2 */
		/* else */;
S_2506_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2518_0: /* 2 */
S_2517_0: /* 2 */
S_2507_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2517_1;
S_2512_0: /* 2 */
S_2508_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2512_1;
S_2509_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2513_0;
S_2512_1: /* 3 */
S_2510_0: /* 2 */
		/* else */;
S_2511_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2513_0;
S_2512_2: /* 3 */
		Uerror("blocking sel in d_step (nr.248, near line 245)");
S_2513_0: /* 2 */
S_2514_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2518_0; /* ';' */
S_2517_1: /* 3 */
S_2515_0: /* 2 */
		/* else */;
S_2516_0: /* 2 */
		goto S_2520_0;	/* 'goto' */
S_2517_2: /* 3 */
		Uerror("blocking sel in d_step (nr.249, near line 245)");
S_2519_0: /* 2 */
		goto S_2520_0;	/* 'break' */
S_2520_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_2521_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_2522_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_2523_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2535_0: /* 2 */
S_2534_0: /* 2 */
S_2524_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2534_1;
S_2529_0: /* 2 */
S_2525_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_2529_1;
S_2526_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_2530_0;
S_2529_1: /* 3 */
S_2527_0: /* 2 */
		/* else */;
S_2528_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2530_0;
S_2529_2: /* 3 */
		Uerror("blocking sel in d_step (nr.250, near line 247)");
S_2530_0: /* 2 */
S_2531_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2535_0; /* ';' */
S_2534_1: /* 3 */
S_2532_0: /* 2 */
		/* else */;
S_2533_0: /* 2 */
		goto S_2537_0;	/* 'goto' */
S_2534_2: /* 3 */
		Uerror("blocking sel in d_step (nr.251, near line 247)");
S_2536_0: /* 2 */
		goto S_2537_0;	/* 'break' */
S_2537_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2549_0: /* 2 */
S_2548_0: /* 2 */
S_2538_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2548_1;
S_2543_0: /* 2 */
S_2539_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2543_1;
S_2540_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2544_0;
S_2543_1: /* 3 */
S_2541_0: /* 2 */
		/* else */;
S_2542_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2544_0;
S_2543_2: /* 3 */
		Uerror("blocking sel in d_step (nr.252, near line 248)");
S_2544_0: /* 2 */
S_2545_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2549_0; /* ';' */
S_2548_1: /* 3 */
S_2546_0: /* 2 */
		/* else */;
S_2547_0: /* 2 */
		goto S_2582_0;	/* 'goto' */
S_2548_2: /* 3 */
		Uerror("blocking sel in d_step (nr.253, near line 248)");
S_2550_0: /* 2 */
		goto S_2582_0;	/* 'break' */
S_2582_0: /* 2 */
S_2551_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_2580_0: /* 2 */
S_2579_0: /* 2 */
S_2552_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_2579_1;
S_2553_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_2575_0: /* 2 */
S_2554_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_2575_1;
S_2555_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_2556_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_2557_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_2558_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_2570_0: /* 2 */
S_2569_0: /* 2 */
S_2559_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_2569_1;
S_2564_0: /* 2 */
S_2560_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_2564_1;
S_2561_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_2565_0;
S_2564_1: /* 3 */
S_2562_0: /* 2 */
		/* else */;
S_2563_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2565_0;
S_2564_2: /* 3 */
		Uerror("blocking sel in d_step (nr.254, near line 208)");
S_2565_0: /* 2 */
S_2566_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_2570_0; /* ';' */
S_2569_1: /* 3 */
S_2567_0: /* 2 */
		/* else */;
S_2568_0: /* 2 */
		goto S_2572_0;	/* 'goto' */
S_2569_2: /* 3 */
		Uerror("blocking sel in d_step (nr.255, near line 208)");
S_2571_0: /* 2 */
		goto S_2572_0;	/* 'break' */
S_2572_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2576_0;
S_2575_1: /* 3 */
S_2573_0: /* 2 */
		/* else */;
S_2574_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2576_0;
S_2575_2: /* 3 */
		Uerror("blocking sel in d_step (nr.256, near line 205)");
S_2576_0: /* 2 */
		goto S_2580_0; /* '.' */
		goto S_2580_0; /* ';' */
S_2579_1: /* 3 */
S_2577_0: /* 2 */
		/* else */;
S_2578_0: /* 2 */
		goto S_2583_0;	/* 'goto' */
S_2579_2: /* 3 */
		Uerror("blocking sel in d_step (nr.257, near line 202)");
S_2581_0: /* 2 */
		goto S_2583_0;	/* 'break' */
		goto S_2583_0;
S_2583_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_2584_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_2585_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2586_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_2588_0;
S_2587_2: /* 3 */
		Uerror("blocking sel in d_step (nr.258, near line 242)");
S_2588_0: /* 2 */
		goto S_2592_0; /* '.' */
		goto S_2592_0; /* ';' */
S_2591_1: /* 3 */
S_2589_0: /* 2 */
		/* else */;
S_2590_0: /* 2 */
		goto S_2600_0;	/* 'goto' */
		goto S_2592_0; /* ';' */
S_2591_2: /* 3 */
		Uerror("blocking sel in d_step (nr.259, near line 236)");
S_2593_0: /* 2 */
		goto S_2600_0;	/* 'break' */
		goto S_2598_0;
S_2597_1: /* 3 */
S_2595_0: /* 2 */
		/* else */;
S_2596_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2598_0;
S_2597_2: /* 3 */
		Uerror("blocking sel in d_step (nr.260, near line 265)");
S_2598_0: /* 2 */
		goto S_2600_0;
S_2599_2: /* 3 */
		Uerror("blocking sel in d_step (nr.261, near line 261)");
S_2600_0: /* 2 */
		goto S_2602_0;
S_2602_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 116: // STATE 2609 - /dev/stdin:348 - [D_STEP348]
		if (!(boq == -1 && ((((int)now.tag[2])!=255)&&(((int)now.tag[1])==255))))
			continue;

		reached[0][2609] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2604_0: /* 2 */
		if (!(((((int)now.tag[2])!=255)&&(((int)now.tag[1])==255))))
			Uerror("block in d_step seq");
S_2605_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2606_0: /* 2 */
		now.tag[1] = ((int)now.tag[2]);
#ifdef VAR_RANGES
		logval("tag[1]", ((int)now.tag[1]));
#endif
		;
S_2607_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 117: // STATE 2614 - /dev/stdin:349 - [D_STEP349]
		if (!(boq == -1 && (((((int)now.tag[2])!=255)&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))))
			continue;

		reached[0][2614] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2609_0: /* 2 */
		if (!((((((int)now.tag[2])!=255)&&(((int)now.tag[2])==255))&&(((int)now.tag[1])!=255))))
			Uerror("block in d_step seq");
S_2610_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2611_0: /* 2 */
		now.tag[2] = ((int)now.tag[2]);
#ifdef VAR_RANGES
		logval("tag[2]", ((int)now.tag[2]));
#endif
		;
S_2612_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 118: // STATE 2805 - /dev/stdin:350 - [D_STEP350]
		if (!(boq == -1 && (((int)now.tag[2])!=255)))
			continue;

		reached[0][2805] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2614_0: /* 2 */
		if (!((((int)now.tag[2])!=255)))
			Uerror("block in d_step seq");
S_2615_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2802_0: /* 2 */
S_2616_0: /* 2 */
		j = ((int)now.tag[2]);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_2617_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_2618_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_2619_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2631_0: /* 2 */
S_2630_0: /* 2 */
S_2620_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2630_1;
S_2625_0: /* 2 */
S_2621_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_2625_1;
S_2622_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_2626_0;
S_2625_1: /* 3 */
S_2623_0: /* 2 */
		/* else */;
S_2624_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2626_0;
S_2625_2: /* 3 */
		Uerror("blocking sel in d_step (nr.262, near line 259)");
S_2626_0: /* 2 */
S_2627_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2631_0; /* ';' */
S_2630_1: /* 3 */
S_2628_0: /* 2 */
		/* else */;
S_2629_0: /* 2 */
		goto S_2633_0;	/* 'goto' */
S_2630_2: /* 3 */
		Uerror("blocking sel in d_step (nr.263, near line 259)");
S_2632_0: /* 2 */
		goto S_2633_0;	/* 'break' */
S_2633_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2645_0: /* 2 */
S_2644_0: /* 2 */
S_2634_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2644_1;
S_2639_0: /* 2 */
S_2635_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)j)))))
			goto S_2639_1;
S_2636_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_2640_0;
S_2639_1: /* 3 */
S_2637_0: /* 2 */
		/* else */;
S_2638_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2640_0;
S_2639_2: /* 3 */
		Uerror("blocking sel in d_step (nr.264, near line 260)");
S_2640_0: /* 2 */
S_2641_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2645_0; /* ';' */
S_2644_1: /* 3 */
S_2642_0: /* 2 */
		/* else */;
S_2643_0: /* 2 */
		goto S_2800_0;	/* 'goto' */
S_2644_2: /* 3 */
		Uerror("blocking sel in d_step (nr.265, near line 260)");
S_2646_0: /* 2 */
		goto S_2800_0;	/* 'break' */
S_2800_0: /* 2 */
S_2647_0: /* 2 */
		if (!((( !(0)&&(((int)n)==1))&&((int)used))))
			goto S_2800_1;
S_2648_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2801_0;
S_2800_1: /* 3 */
S_2649_0: /* 2 */
		/* else */;
S_2650_0: /* 2 */
		now.tag[2] = 255;
#ifdef VAR_RANGES
		logval("tag[2]", ((int)now.tag[2]));
#endif
		;
S_2798_0: /* 2 */
S_2651_0: /* 2 */
		if (!((((int)n)==1)))
			goto S_2798_1;
S_2795_0: /* 2 */
S_2652_0: /* 2 */
		cur = ((int)j);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2653_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_2793_0: /* 2 */
S_2792_0: /* 2 */
S_2654_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_2792_1;
S_2655_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_2656_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_2657_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2669_0: /* 2 */
S_2668_0: /* 2 */
S_2658_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2668_1;
S_2663_0: /* 2 */
S_2659_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_2663_1;
S_2660_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2664_0;
S_2663_1: /* 3 */
S_2661_0: /* 2 */
		/* else */;
S_2662_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2664_0;
S_2663_2: /* 3 */
		Uerror("blocking sel in d_step (nr.266, near line 239)");
S_2664_0: /* 2 */
S_2665_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2669_0; /* ';' */
S_2668_1: /* 3 */
S_2666_0: /* 2 */
		/* else */;
S_2667_0: /* 2 */
		goto S_2671_0;	/* 'goto' */
S_2668_2: /* 3 */
		Uerror("blocking sel in d_step (nr.267, near line 239)");
S_2670_0: /* 2 */
		goto S_2671_0;	/* 'break' */
S_2671_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2688_0: /* 2 */
S_2687_0: /* 2 */
S_2672_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2687_1;
S_2682_0: /* 2 */
S_2673_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2682_1;
S_2678_0: /* 2 */
S_2674_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_2678_1;
S_2675_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2679_0;
S_2678_1: /* 3 */
S_2676_0: /* 2 */
		/* else */;
S_2677_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2679_0;
S_2678_2: /* 3 */
		Uerror("blocking sel in d_step (nr.268, near line 240)");
S_2679_0: /* 2 */
		goto S_2683_0;
S_2682_1: /* 3 */
S_2680_0: /* 2 */
		/* else */;
S_2681_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2683_0;
S_2682_2: /* 3 */
		Uerror("blocking sel in d_step (nr.269, near line 240)");
S_2683_0: /* 2 */
S_2684_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2688_0; /* ';' */
S_2687_1: /* 3 */
S_2685_0: /* 2 */
		/* else */;
S_2686_0: /* 2 */
		goto S_2690_0;	/* 'goto' */
S_2687_2: /* 3 */
		Uerror("blocking sel in d_step (nr.270, near line 240)");
S_2689_0: /* 2 */
		goto S_2690_0;	/* 'break' */
S_2690_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2702_0: /* 2 */
S_2701_0: /* 2 */
S_2691_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2701_1;
S_2696_0: /* 2 */
S_2692_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2696_1;
S_2693_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2697_0;
S_2696_1: /* 3 */
S_2694_0: /* 2 */
		/* else */;
S_2695_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2697_0;
S_2696_2: /* 3 */
		Uerror("blocking sel in d_step (nr.271, near line 241)");
S_2697_0: /* 2 */
S_2698_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2702_0; /* ';' */
S_2701_1: /* 3 */
S_2699_0: /* 2 */
		/* else */;
S_2700_0: /* 2 */
		goto S_2788_0;	/* 'goto' */
S_2701_2: /* 3 */
		Uerror("blocking sel in d_step (nr.272, near line 241)");
S_2703_0: /* 2 */
		goto S_2788_0;	/* 'break' */
S_2788_0: /* 2 */
S_2704_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_2788_1;
S_2705_0: /* 2 */
		goto S_2801_0;	/* 'goto' */
		goto S_2789_0;
S_2788_1: /* 3 */
S_2706_0: /* 2 */
		/* else */;
S_2707_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2719_0: /* 2 */
S_2718_0: /* 2 */
S_2708_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2718_1;
S_2713_0: /* 2 */
S_2709_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2713_1;
S_2710_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2714_0;
S_2713_1: /* 3 */
S_2711_0: /* 2 */
		/* else */;
S_2712_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2714_0;
S_2713_2: /* 3 */
		Uerror("blocking sel in d_step (nr.273, near line 245)");
S_2714_0: /* 2 */
S_2715_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2719_0; /* ';' */
S_2718_1: /* 3 */
S_2716_0: /* 2 */
		/* else */;
S_2717_0: /* 2 */
		goto S_2721_0;	/* 'goto' */
S_2718_2: /* 3 */
		Uerror("blocking sel in d_step (nr.274, near line 245)");
S_2720_0: /* 2 */
		goto S_2721_0;	/* 'break' */
S_2721_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_2722_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_2723_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_2724_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2736_0: /* 2 */
S_2735_0: /* 2 */
S_2725_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2735_1;
S_2730_0: /* 2 */
S_2726_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_2730_1;
S_2727_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_2731_0;
S_2730_1: /* 3 */
S_2728_0: /* 2 */
		/* else */;
S_2729_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2731_0;
S_2730_2: /* 3 */
		Uerror("blocking sel in d_step (nr.275, near line 247)");
S_2731_0: /* 2 */
S_2732_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2736_0; /* ';' */
S_2735_1: /* 3 */
S_2733_0: /* 2 */
		/* else */;
S_2734_0: /* 2 */
		goto S_2738_0;	/* 'goto' */
S_2735_2: /* 3 */
		Uerror("blocking sel in d_step (nr.276, near line 247)");
S_2737_0: /* 2 */
		goto S_2738_0;	/* 'break' */
S_2738_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2750_0: /* 2 */
S_2749_0: /* 2 */
S_2739_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2749_1;
S_2744_0: /* 2 */
S_2740_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2744_1;
S_2741_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2745_0;
S_2744_1: /* 3 */
S_2742_0: /* 2 */
		/* else */;
S_2743_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2745_0;
S_2744_2: /* 3 */
		Uerror("blocking sel in d_step (nr.277, near line 248)");
S_2745_0: /* 2 */
S_2746_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2750_0; /* ';' */
S_2749_1: /* 3 */
S_2747_0: /* 2 */
		/* else */;
S_2748_0: /* 2 */
		goto S_2783_0;	/* 'goto' */
S_2749_2: /* 3 */
		Uerror("blocking sel in d_step (nr.278, near line 248)");
S_2751_0: /* 2 */
		goto S_2783_0;	/* 'break' */
S_2783_0: /* 2 */
S_2752_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_2781_0: /* 2 */
S_2780_0: /* 2 */
S_2753_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_2780_1;
S_2754_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_2776_0: /* 2 */
S_2755_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_2776_1;
S_2756_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_2757_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_2758_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_2759_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_2771_0: /* 2 */
S_2770_0: /* 2 */
S_2760_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_2770_1;
S_2765_0: /* 2 */
S_2761_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_2765_1;
S_2762_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_2766_0;
S_2765_1: /* 3 */
S_2763_0: /* 2 */
		/* else */;
S_2764_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2766_0;
S_2765_2: /* 3 */
		Uerror("blocking sel in d_step (nr.279, near line 208)");
S_2766_0: /* 2 */
S_2767_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_2771_0; /* ';' */
S_2770_1: /* 3 */
S_2768_0: /* 2 */
		/* else */;
S_2769_0: /* 2 */
		goto S_2773_0;	/* 'goto' */
S_2770_2: /* 3 */
		Uerror("blocking sel in d_step (nr.280, near line 208)");
S_2772_0: /* 2 */
		goto S_2773_0;	/* 'break' */
S_2773_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2777_0;
S_2776_1: /* 3 */
S_2774_0: /* 2 */
		/* else */;
S_2775_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2777_0;
S_2776_2: /* 3 */
		Uerror("blocking sel in d_step (nr.281, near line 205)");
S_2777_0: /* 2 */
		goto S_2781_0; /* '.' */
		goto S_2781_0; /* ';' */
S_2780_1: /* 3 */
S_2778_0: /* 2 */
		/* else */;
S_2779_0: /* 2 */
		goto S_2784_0;	/* 'goto' */
S_2780_2: /* 3 */
		Uerror("blocking sel in d_step (nr.282, near line 202)");
S_2782_0: /* 2 */
		goto S_2784_0;	/* 'break' */
		goto S_2784_0;
S_2784_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_2785_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_2786_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2787_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_2789_0;
S_2788_2: /* 3 */
		Uerror("blocking sel in d_step (nr.283, near line 242)");
S_2789_0: /* 2 */
		goto S_2793_0; /* '.' */
		goto S_2793_0; /* ';' */
S_2792_1: /* 3 */
S_2790_0: /* 2 */
		/* else */;
S_2791_0: /* 2 */
		goto S_2801_0;	/* 'goto' */
		goto S_2793_0; /* ';' */
S_2792_2: /* 3 */
		Uerror("blocking sel in d_step (nr.284, near line 236)");
S_2794_0: /* 2 */
		goto S_2801_0;	/* 'break' */
		goto S_2799_0;
S_2798_1: /* 3 */
S_2796_0: /* 2 */
		/* else */;
S_2797_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2799_0;
S_2798_2: /* 3 */
		Uerror("blocking sel in d_step (nr.285, near line 265)");
S_2799_0: /* 2 */
		goto S_2801_0;
S_2800_2: /* 3 */
		Uerror("blocking sel in d_step (nr.286, near line 261)");
S_2801_0: /* 2 */
		goto S_2803_0;
S_2803_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 119: // STATE 2996 - /dev/stdin:351 - [D_STEP351]
		if (!(boq == -1 && (((int)now.tag[2])!=255)))
			continue;

		reached[0][2996] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2805_0: /* 2 */
		if (!((((int)now.tag[2])!=255)))
			Uerror("block in d_step seq");
S_2806_0: /* 2 */
		now.forced = 1;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2993_0: /* 2 */
S_2807_0: /* 2 */
		j = ((int)now.tag[2]);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_2808_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_2809_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_2810_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2822_0: /* 2 */
S_2821_0: /* 2 */
S_2811_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2821_1;
S_2816_0: /* 2 */
S_2812_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_2816_1;
S_2813_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_2817_0;
S_2816_1: /* 3 */
S_2814_0: /* 2 */
		/* else */;
S_2815_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2817_0;
S_2816_2: /* 3 */
		Uerror("blocking sel in d_step (nr.287, near line 259)");
S_2817_0: /* 2 */
S_2818_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2822_0; /* ';' */
S_2821_1: /* 3 */
S_2819_0: /* 2 */
		/* else */;
S_2820_0: /* 2 */
		goto S_2824_0;	/* 'goto' */
S_2821_2: /* 3 */
		Uerror("blocking sel in d_step (nr.288, near line 259)");
S_2823_0: /* 2 */
		goto S_2824_0;	/* 'break' */
S_2824_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2836_0: /* 2 */
S_2835_0: /* 2 */
S_2825_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2835_1;
S_2830_0: /* 2 */
S_2826_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)j)))))
			goto S_2830_1;
S_2827_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_2831_0;
S_2830_1: /* 3 */
S_2828_0: /* 2 */
		/* else */;
S_2829_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2831_0;
S_2830_2: /* 3 */
		Uerror("blocking sel in d_step (nr.289, near line 260)");
S_2831_0: /* 2 */
S_2832_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2836_0; /* ';' */
S_2835_1: /* 3 */
S_2833_0: /* 2 */
		/* else */;
S_2834_0: /* 2 */
		goto S_2991_0;	/* 'goto' */
S_2835_2: /* 3 */
		Uerror("blocking sel in d_step (nr.290, near line 260)");
S_2837_0: /* 2 */
		goto S_2991_0;	/* 'break' */
S_2991_0: /* 2 */
S_2838_0: /* 2 */
		if (!((( !(1)&&(((int)n)==1))&&((int)used))))
			goto S_2991_1;
S_2839_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2992_0;
S_2991_1: /* 3 */
S_2840_0: /* 2 */
		/* else */;
S_2841_0: /* 2 */
		now.tag[2] = 255;
#ifdef VAR_RANGES
		logval("tag[2]", ((int)now.tag[2]));
#endif
		;
S_2989_0: /* 2 */
S_2842_0: /* 2 */
		if (!((((int)n)==1)))
			goto S_2989_1;
S_2986_0: /* 2 */
S_2843_0: /* 2 */
		cur = ((int)j);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2844_0: /* 2 */
		f = 1;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_2984_0: /* 2 */
S_2983_0: /* 2 */
S_2845_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_2983_1;
S_2846_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_2847_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_2848_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2860_0: /* 2 */
S_2859_0: /* 2 */
S_2849_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2859_1;
S_2854_0: /* 2 */
S_2850_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_2854_1;
S_2851_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2855_0;
S_2854_1: /* 3 */
S_2852_0: /* 2 */
		/* else */;
S_2853_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2855_0;
S_2854_2: /* 3 */
		Uerror("blocking sel in d_step (nr.291, near line 239)");
S_2855_0: /* 2 */
S_2856_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2860_0; /* ';' */
S_2859_1: /* 3 */
S_2857_0: /* 2 */
		/* else */;
S_2858_0: /* 2 */
		goto S_2862_0;	/* 'goto' */
S_2859_2: /* 3 */
		Uerror("blocking sel in d_step (nr.292, near line 239)");
S_2861_0: /* 2 */
		goto S_2862_0;	/* 'break' */
S_2862_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2879_0: /* 2 */
S_2878_0: /* 2 */
S_2863_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2878_1;
S_2873_0: /* 2 */
S_2864_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2873_1;
S_2869_0: /* 2 */
S_2865_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_2869_1;
S_2866_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_2870_0;
S_2869_1: /* 3 */
S_2867_0: /* 2 */
		/* else */;
S_2868_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2870_0;
S_2869_2: /* 3 */
		Uerror("blocking sel in d_step (nr.293, near line 240)");
S_2870_0: /* 2 */
		goto S_2874_0;
S_2873_1: /* 3 */
S_2871_0: /* 2 */
		/* else */;
S_2872_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2874_0;
S_2873_2: /* 3 */
		Uerror("blocking sel in d_step (nr.294, near line 240)");
S_2874_0: /* 2 */
S_2875_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2879_0; /* ';' */
S_2878_1: /* 3 */
S_2876_0: /* 2 */
		/* else */;
S_2877_0: /* 2 */
		goto S_2881_0;	/* 'goto' */
S_2878_2: /* 3 */
		Uerror("blocking sel in d_step (nr.295, near line 240)");
S_2880_0: /* 2 */
		goto S_2881_0;	/* 'break' */
S_2881_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2893_0: /* 2 */
S_2892_0: /* 2 */
S_2882_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2892_1;
S_2887_0: /* 2 */
S_2883_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2887_1;
S_2884_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_2888_0;
S_2887_1: /* 3 */
S_2885_0: /* 2 */
		/* else */;
S_2886_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2888_0;
S_2887_2: /* 3 */
		Uerror("blocking sel in d_step (nr.296, near line 241)");
S_2888_0: /* 2 */
S_2889_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2893_0; /* ';' */
S_2892_1: /* 3 */
S_2890_0: /* 2 */
		/* else */;
S_2891_0: /* 2 */
		goto S_2979_0;	/* 'goto' */
S_2892_2: /* 3 */
		Uerror("blocking sel in d_step (nr.297, near line 241)");
S_2894_0: /* 2 */
		goto S_2979_0;	/* 'break' */
S_2979_0: /* 2 */
S_2895_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_2979_1;
S_2896_0: /* 2 */
		goto S_2992_0;	/* 'goto' */
		goto S_2980_0;
S_2979_1: /* 3 */
S_2897_0: /* 2 */
		/* else */;
S_2898_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2910_0: /* 2 */
S_2909_0: /* 2 */
S_2899_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2909_1;
S_2904_0: /* 2 */
S_2900_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_2904_1;
S_2901_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2905_0;
S_2904_1: /* 3 */
S_2902_0: /* 2 */
		/* else */;
S_2903_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2905_0;
S_2904_2: /* 3 */
		Uerror("blocking sel in d_step (nr.298, near line 245)");
S_2905_0: /* 2 */
S_2906_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2910_0; /* ';' */
S_2909_1: /* 3 */
S_2907_0: /* 2 */
		/* else */;
S_2908_0: /* 2 */
		goto S_2912_0;	/* 'goto' */
S_2909_2: /* 3 */
		Uerror("blocking sel in d_step (nr.299, near line 245)");
S_2911_0: /* 2 */
		goto S_2912_0;	/* 'break' */
S_2912_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_2913_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_2914_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_2915_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2927_0: /* 2 */
S_2926_0: /* 2 */
S_2916_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_2926_1;
S_2921_0: /* 2 */
S_2917_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_2921_1;
S_2918_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_2922_0;
S_2921_1: /* 3 */
S_2919_0: /* 2 */
		/* else */;
S_2920_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2922_0;
S_2921_2: /* 3 */
		Uerror("blocking sel in d_step (nr.300, near line 247)");
S_2922_0: /* 2 */
S_2923_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2927_0; /* ';' */
S_2926_1: /* 3 */
S_2924_0: /* 2 */
		/* else */;
S_2925_0: /* 2 */
		goto S_2929_0;	/* 'goto' */
S_2926_2: /* 3 */
		Uerror("blocking sel in d_step (nr.301, near line 247)");
S_2928_0: /* 2 */
		goto S_2929_0;	/* 'break' */
S_2929_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_2941_0: /* 2 */
S_2940_0: /* 2 */
S_2930_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_2940_1;
S_2935_0: /* 2 */
S_2931_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_2935_1;
S_2932_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_2936_0;
S_2935_1: /* 3 */
S_2933_0: /* 2 */
		/* else */;
S_2934_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2936_0;
S_2935_2: /* 3 */
		Uerror("blocking sel in d_step (nr.302, near line 248)");
S_2936_0: /* 2 */
S_2937_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_2941_0; /* ';' */
S_2940_1: /* 3 */
S_2938_0: /* 2 */
		/* else */;
S_2939_0: /* 2 */
		goto S_2974_0;	/* 'goto' */
S_2940_2: /* 3 */
		Uerror("blocking sel in d_step (nr.303, near line 248)");
S_2942_0: /* 2 */
		goto S_2974_0;	/* 'break' */
S_2974_0: /* 2 */
S_2943_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_2972_0: /* 2 */
S_2971_0: /* 2 */
S_2944_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_2971_1;
S_2945_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_2967_0: /* 2 */
S_2946_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_2967_1;
S_2947_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_2948_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_2949_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_2950_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_2962_0: /* 2 */
S_2961_0: /* 2 */
S_2951_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_2961_1;
S_2956_0: /* 2 */
S_2952_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_2956_1;
S_2953_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_2957_0;
S_2956_1: /* 3 */
S_2954_0: /* 2 */
		/* else */;
S_2955_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2957_0;
S_2956_2: /* 3 */
		Uerror("blocking sel in d_step (nr.304, near line 208)");
S_2957_0: /* 2 */
S_2958_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_2962_0; /* ';' */
S_2961_1: /* 3 */
S_2959_0: /* 2 */
		/* else */;
S_2960_0: /* 2 */
		goto S_2964_0;	/* 'goto' */
S_2961_2: /* 3 */
		Uerror("blocking sel in d_step (nr.305, near line 208)");
S_2963_0: /* 2 */
		goto S_2964_0;	/* 'break' */
S_2964_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2968_0;
S_2967_1: /* 3 */
S_2965_0: /* 2 */
		/* else */;
S_2966_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_2968_0;
S_2967_2: /* 3 */
		Uerror("blocking sel in d_step (nr.306, near line 205)");
S_2968_0: /* 2 */
		goto S_2972_0; /* '.' */
		goto S_2972_0; /* ';' */
S_2971_1: /* 3 */
S_2969_0: /* 2 */
		/* else */;
S_2970_0: /* 2 */
		goto S_2975_0;	/* 'goto' */
S_2971_2: /* 3 */
		Uerror("blocking sel in d_step (nr.307, near line 202)");
S_2973_0: /* 2 */
		goto S_2975_0;	/* 'break' */
		goto S_2975_0;
S_2975_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_2976_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_2977_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_2978_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_2980_0;
S_2979_2: /* 3 */
		Uerror("blocking sel in d_step (nr.308, near line 242)");
S_2980_0: /* 2 */
		goto S_2984_0; /* '.' */
		goto S_2984_0; /* ';' */
S_2983_1: /* 3 */
S_2981_0: /* 2 */
		/* else */;
S_2982_0: /* 2 */
		goto S_2992_0;	/* 'goto' */
		goto S_2984_0; /* ';' */
S_2983_2: /* 3 */
		Uerror("blocking sel in d_step (nr.309, near line 236)");
S_2985_0: /* 2 */
		goto S_2992_0;	/* 'break' */
		goto S_2990_0;
S_2989_1: /* 3 */
S_2987_0: /* 2 */
		/* else */;
S_2988_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_2990_0;
S_2989_2: /* 3 */
		Uerror("blocking sel in d_step (nr.310, near line 265)");
S_2990_0: /* 2 */
		goto S_2992_0;
S_2991_2: /* 3 */
		Uerror("blocking sel in d_step (nr.311, near line 261)");
S_2992_0: /* 2 */
		goto S_2994_0;
S_2994_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 120: // STATE 3050 - /dev/stdin:352 - [D_STEP352]
		if (!(boq == -1 && 1))
			continue;

		reached[0][3050] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_2996_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
S_2997_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_2998_0: /* 2 */
		kk = 0;
#ifdef VAR_RANGES
		logval("kk", ((int)kk));
#endif
		;
S_3046_0: /* 2 */
S_3045_0: /* 2 */
S_2999_0: /* 2 */
		if (!((((int)kk)<3)))
			goto S_3045_1;
S_3040_0: /* 2 */
S_3000_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)kk), 3) ])!=0)&&(((int)now.st[ Index(((int)kk), 3) ])!=8))&& !((((((int)now.st[ Index(((int)kk), 3) ])==2)||(((int)now.st[ Index(((int)kk), 3) ])==3))||(((int)now.st[ Index(((int)kk), 3) ])==4))))))
			goto S_3040_1;
S_3037_0: /* 2 */
S_3001_0: /* 2 */
		now.st[ Index(kk, 3) ] = 8;
#ifdef VAR_RANGES
		logval("st[kk]", ((int)now.st[ Index(((int)kk), 3) ]));
#endif
		;
S_3002_0: /* 2 */
		now.nlive = (((int)now.nlive)-1);
#ifdef VAR_RANGES
		logval("nlive", ((int)now.nlive));
#endif
		;
S_3034_0: /* 2 */
S_3003_0: /* 2 */
		rl = ((int)now.lay[ Index(((int)kk), 3) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_3032_0: /* 2 */
S_3031_0: /* 2 */
S_3004_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_3031_1;
S_3005_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_3027_0: /* 2 */
S_3006_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_3027_1;
S_3007_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_3008_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_3009_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_3010_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_3022_0: /* 2 */
S_3021_0: /* 2 */
S_3011_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_3021_1;
S_3016_0: /* 2 */
S_3012_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_3016_1;
S_3013_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_3017_0;
S_3016_1: /* 3 */
S_3014_0: /* 2 */
		/* else */;
S_3015_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3017_0;
S_3016_2: /* 3 */
		Uerror("blocking sel in d_step (nr.312, near line 208)");
S_3017_0: /* 2 */
S_3018_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_3022_0; /* ';' */
S_3021_1: /* 3 */
S_3019_0: /* 2 */
		/* else */;
S_3020_0: /* 2 */
		goto S_3024_0;	/* 'goto' */
S_3021_2: /* 3 */
		Uerror("blocking sel in d_step (nr.313, near line 208)");
S_3023_0: /* 2 */
		goto S_3024_0;	/* 'break' */
S_3024_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_3028_0;
S_3027_1: /* 3 */
S_3025_0: /* 2 */
		/* else */;
S_3026_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_3028_0;
S_3027_2: /* 3 */
		Uerror("blocking sel in d_step (nr.314, near line 205)");
S_3028_0: /* 2 */
		goto S_3032_0; /* '.' */
		goto S_3032_0; /* ';' */
S_3031_1: /* 3 */
S_3029_0: /* 2 */
		/* else */;
S_3030_0: /* 2 */
		goto S_3035_0;	/* 'goto' */
S_3031_2: /* 3 */
		Uerror("blocking sel in d_step (nr.315, near line 202)");
S_3033_0: /* 2 */
		goto S_3035_0;	/* 'break' */
		goto S_3035_0;
S_3035_0: /* 2 */
		now.lay[ Index(kk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("lay[kk]", ((int)now.lay[ Index(((int)kk), 3) ]));
#endif
		;
S_3036_0: /* 2 */
		now.rwl[ Index(kk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[kk]", ((int)now.rwl[ Index(((int)kk), 3) ]));
#endif
		;
		goto S_3041_0;
S_3040_1: /* 3 */
S_3038_0: /* 2 */
		/* else */;
S_3039_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3041_0;
S_3040_2: /* 3 */
		Uerror("blocking sel in d_step (nr.316, near line 352)");
S_3041_0: /* 2 */
S_3042_0: /* 2 */
		kk = (((int)kk)+1);
#ifdef VAR_RANGES
		logval("kk", ((int)kk));
#endif
		;
		goto S_3046_0; /* ';' */
S_3045_1: /* 3 */
S_3043_0: /* 2 */
		/* else */;
S_3044_0: /* 2 */
		goto S_3047_0;	/* 'goto' */
S_3045_2: /* 3 */
		Uerror("blocking sel in d_step (nr.317, near line 352)");
S_3047_0: /* 2 */
		goto S_3048_0;	/* 'break' */
S_3048_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 121: // STATE 3245 - /dev/stdin:353 - [D_STEP353]
		if (!(boq == -1 && 1))
			continue;

		reached[0][3245] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3050_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
S_3051_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_3052_0: /* 2 */
		j = 0;
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_3241_0: /* 2 */
S_3240_0: /* 2 */
S_3053_0: /* 2 */
		if (!((((int)j)<2)))
			goto S_3240_1;
S_3235_0: /* 2 */
S_3054_0: /* 2 */
		if (!(((int)now.iex[ Index(((int)j), 2) ])))
			goto S_3235_1;
S_3055_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_3056_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3068_0: /* 2 */
S_3067_0: /* 2 */
S_3057_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3067_1;
S_3062_0: /* 2 */
S_3058_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_3062_1;
S_3059_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_3063_0;
S_3062_1: /* 3 */
S_3060_0: /* 2 */
		/* else */;
S_3061_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3063_0;
S_3062_2: /* 3 */
		Uerror("blocking sel in d_step (nr.318, near line 353)");
S_3063_0: /* 2 */
S_3064_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3068_0; /* ';' */
S_3067_1: /* 3 */
S_3065_0: /* 2 */
		/* else */;
S_3066_0: /* 2 */
		goto S_3070_0;	/* 'goto' */
S_3067_2: /* 3 */
		Uerror("blocking sel in d_step (nr.319, near line 353)");
S_3069_0: /* 2 */
		goto S_3070_0;	/* 'break' */
S_3070_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3082_0: /* 2 */
S_3081_0: /* 2 */
S_3071_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_3081_1;
S_3076_0: /* 2 */
S_3072_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)j)))))
			goto S_3076_1;
S_3073_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_3077_0;
S_3076_1: /* 3 */
S_3074_0: /* 2 */
		/* else */;
S_3075_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3077_0;
S_3076_2: /* 3 */
		Uerror("blocking sel in d_step (nr.320, near line 353)");
S_3077_0: /* 2 */
S_3078_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3082_0; /* ';' */
S_3081_1: /* 3 */
S_3079_0: /* 2 */
		/* else */;
S_3080_0: /* 2 */
		goto S_3231_0;	/* 'goto' */
S_3081_2: /* 3 */
		Uerror("blocking sel in d_step (nr.321, near line 353)");
S_3083_0: /* 2 */
		goto S_3231_0;	/* 'break' */
S_3231_0: /* 2 */
S_3084_0: /* 2 */
		if (!( !(((int)used))))
			goto S_3231_1;
S_3228_0: /* 2 */
S_3085_0: /* 2 */
		cur = ((int)j);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_3086_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_3226_0: /* 2 */
S_3225_0: /* 2 */
S_3087_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_3225_1;
S_3088_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_3089_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_3090_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3102_0: /* 2 */
S_3101_0: /* 2 */
S_3091_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_3101_1;
S_3096_0: /* 2 */
S_3092_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_3096_1;
S_3093_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_3097_0;
S_3096_1: /* 3 */
S_3094_0: /* 2 */
		/* else */;
S_3095_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3097_0;
S_3096_2: /* 3 */
		Uerror("blocking sel in d_step (nr.322, near line 239)");
S_3097_0: /* 2 */
S_3098_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3102_0; /* ';' */
S_3101_1: /* 3 */
S_3099_0: /* 2 */
		/* else */;
S_3100_0: /* 2 */
		goto S_3104_0;	/* 'goto' */
S_3101_2: /* 3 */
		Uerror("blocking sel in d_step (nr.323, near line 239)");
S_3103_0: /* 2 */
		goto S_3104_0;	/* 'break' */
S_3104_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3121_0: /* 2 */
S_3120_0: /* 2 */
S_3105_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3120_1;
S_3115_0: /* 2 */
S_3106_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_3115_1;
S_3111_0: /* 2 */
S_3107_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_3111_1;
S_3108_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_3112_0;
S_3111_1: /* 3 */
S_3109_0: /* 2 */
		/* else */;
S_3110_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_3112_0;
S_3111_2: /* 3 */
		Uerror("blocking sel in d_step (nr.324, near line 240)");
S_3112_0: /* 2 */
		goto S_3116_0;
S_3115_1: /* 3 */
S_3113_0: /* 2 */
		/* else */;
S_3114_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3116_0;
S_3115_2: /* 3 */
		Uerror("blocking sel in d_step (nr.325, near line 240)");
S_3116_0: /* 2 */
S_3117_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3121_0; /* ';' */
S_3120_1: /* 3 */
S_3118_0: /* 2 */
		/* else */;
S_3119_0: /* 2 */
		goto S_3123_0;	/* 'goto' */
S_3120_2: /* 3 */
		Uerror("blocking sel in d_step (nr.326, near line 240)");
S_3122_0: /* 2 */
		goto S_3123_0;	/* 'break' */
S_3123_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3135_0: /* 2 */
S_3134_0: /* 2 */
S_3124_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3134_1;
S_3129_0: /* 2 */
S_3125_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_3129_1;
S_3126_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_3130_0;
S_3129_1: /* 3 */
S_3127_0: /* 2 */
		/* else */;
S_3128_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3130_0;
S_3129_2: /* 3 */
		Uerror("blocking sel in d_step (nr.327, near line 241)");
S_3130_0: /* 2 */
S_3131_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3135_0; /* ';' */
S_3134_1: /* 3 */
S_3132_0: /* 2 */
		/* else */;
S_3133_0: /* 2 */
		goto S_3221_0;	/* 'goto' */
S_3134_2: /* 3 */
		Uerror("blocking sel in d_step (nr.328, near line 241)");
S_3136_0: /* 2 */
		goto S_3221_0;	/* 'break' */
S_3221_0: /* 2 */
S_3137_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_3221_1;
S_3138_0: /* 2 */
		goto S_3237_0;	/* 'goto' */
S_3221_1: /* 3 */
S_3139_0: /* 2 */
		/* else */;
S_3140_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3152_0: /* 2 */
S_3151_0: /* 2 */
S_3141_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3151_1;
S_3146_0: /* 2 */
S_3142_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_3146_1;
S_3143_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_3147_0;
S_3146_1: /* 3 */
S_3144_0: /* 2 */
		/* else */;
S_3145_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3147_0;
S_3146_2: /* 3 */
		Uerror("blocking sel in d_step (nr.329, near line 245)");
S_3147_0: /* 2 */
S_3148_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3152_0; /* ';' */
S_3151_1: /* 3 */
S_3149_0: /* 2 */
		/* else */;
S_3150_0: /* 2 */
		goto S_3154_0;	/* 'goto' */
S_3151_2: /* 3 */
		Uerror("blocking sel in d_step (nr.330, near line 245)");
S_3153_0: /* 2 */
		goto S_3154_0;	/* 'break' */
S_3154_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_3155_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_3156_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_3157_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3169_0: /* 2 */
S_3168_0: /* 2 */
S_3158_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_3168_1;
S_3163_0: /* 2 */
S_3159_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_3163_1;
S_3160_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_3164_0;
S_3163_1: /* 3 */
S_3161_0: /* 2 */
		/* else */;
S_3162_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3164_0;
S_3163_2: /* 3 */
		Uerror("blocking sel in d_step (nr.331, near line 247)");
S_3164_0: /* 2 */
S_3165_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3169_0; /* ';' */
S_3168_1: /* 3 */
S_3166_0: /* 2 */
		/* else */;
S_3167_0: /* 2 */
		goto S_3171_0;	/* 'goto' */
S_3168_2: /* 3 */
		Uerror("blocking sel in d_step (nr.332, near line 247)");
S_3170_0: /* 2 */
		goto S_3171_0;	/* 'break' */
S_3171_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3183_0: /* 2 */
S_3182_0: /* 2 */
S_3172_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3182_1;
S_3177_0: /* 2 */
S_3173_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_3177_1;
S_3174_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_3178_0;
S_3177_1: /* 3 */
S_3175_0: /* 2 */
		/* else */;
S_3176_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3178_0;
S_3177_2: /* 3 */
		Uerror("blocking sel in d_step (nr.333, near line 248)");
S_3178_0: /* 2 */
S_3179_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3183_0; /* ';' */
S_3182_1: /* 3 */
S_3180_0: /* 2 */
		/* else */;
S_3181_0: /* 2 */
		goto S_3216_0;	/* 'goto' */
S_3182_2: /* 3 */
		Uerror("blocking sel in d_step (nr.334, near line 248)");
S_3184_0: /* 2 */
		goto S_3216_0;	/* 'break' */
S_3216_0: /* 2 */
S_3185_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_3214_0: /* 2 */
S_3213_0: /* 2 */
S_3186_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_3213_1;
S_3187_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_3209_0: /* 2 */
S_3188_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_3209_1;
S_3189_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_3190_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_3191_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_3192_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_3204_0: /* 2 */
S_3203_0: /* 2 */
S_3193_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_3203_1;
S_3198_0: /* 2 */
S_3194_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_3198_1;
S_3195_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_3199_0;
S_3198_1: /* 3 */
S_3196_0: /* 2 */
		/* else */;
S_3197_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3199_0;
S_3198_2: /* 3 */
		Uerror("blocking sel in d_step (nr.335, near line 208)");
S_3199_0: /* 2 */
S_3200_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_3204_0; /* ';' */
S_3203_1: /* 3 */
S_3201_0: /* 2 */
		/* else */;
S_3202_0: /* 2 */
		goto S_3206_0;	/* 'goto' */
S_3203_2: /* 3 */
		Uerror("blocking sel in d_step (nr.336, near line 208)");
S_3205_0: /* 2 */
		goto S_3206_0;	/* 'break' */
S_3206_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_3210_0;
S_3209_1: /* 3 */
S_3207_0: /* 2 */
		/* else */;
S_3208_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_3210_0;
S_3209_2: /* 3 */
		Uerror("blocking sel in d_step (nr.337, near line 205)");
S_3210_0: /* 2 */
		goto S_3214_0; /* '.' */
		goto S_3214_0; /* ';' */
S_3213_1: /* 3 */
S_3211_0: /* 2 */
		/* else */;
S_3212_0: /* 2 */
		goto S_3217_0;	/* 'goto' */
S_3213_2: /* 3 */
		Uerror("blocking sel in d_step (nr.338, near line 202)");
S_3215_0: /* 2 */
		goto S_3217_0;	/* 'break' */
		goto S_3217_0;
S_3217_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_3218_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_3219_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_3220_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_3222_0;
S_3221_2: /* 3 */
		Uerror("blocking sel in d_step (nr.339, near line 242)");
S_3222_0: /* 2 */
		goto S_3226_0; /* '.' */
		goto S_3226_0; /* ';' */
S_3225_1: /* 3 */
S_3223_0: /* 2 */
		/* else */;
S_3224_0: /* 2 */
		goto S_3237_0;	/* 'goto' */
		goto S_3226_0; /* ';' */
S_3225_2: /* 3 */
		Uerror("blocking sel in d_step (nr.340, near line 236)");
S_3227_0: /* 2 */
		goto S_3237_0;	/* 'break' */
		goto S_3232_0;
S_3231_1: /* 3 */
S_3229_0: /* 2 */
		/* else */;
S_3230_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3232_0;
S_3231_2: /* 3 */
		Uerror("blocking sel in d_step (nr.341, near line 353)");
S_3232_0: /* 2 */
		goto S_3236_0;
S_3235_1: /* 3 */
S_3233_0: /* 2 */
		/* else */;
S_3234_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3236_0;
S_3235_2: /* 3 */
		Uerror("blocking sel in d_step (nr.342, near line 353)");
S_3236_0: /* 2 */
S_3237_0: /* 2 */
		j = (((int)j)+1);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_3241_0; /* ';' */
S_3240_1: /* 3 */
S_3238_0: /* 2 */
		/* else */;
S_3239_0: /* 2 */
		goto S_3242_0;	/* 'goto' */
S_3240_2: /* 3 */
		Uerror("blocking sel in d_step (nr.343, near line 353)");
S_3242_0: /* 2 */
		goto S_3243_0;	/* 'break' */
S_3243_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 122: // STATE 3643 - /dev/stdin:354 - [D_STEP354]
		if (!(boq == -1 && 1))
			continue;

		reached[0][3643] = 1;
		reached[0][t->st] = 1;
		reached[0][tt] = 1;

		if (TstOnly) return 1;

		sv_save();
		S_3245_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
S_3246_0: /* 2 */
		now.forced = 0;
#ifdef VAR_RANGES
		logval("forced", ((int)now.forced));
#endif
		;
S_3247_0: /* 2 */
		s2 = (2+1);
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
S_3639_0: /* 2 */
S_3638_0: /* 2 */
S_3248_0: /* 2 */
		if (!((((int)s2)>0)))
			goto S_3638_1;
S_3249_0: /* 2 */
		s2 = (((int)s2)-1);
#ifdef VAR_RANGES
		logval("s2", ((int)s2));
#endif
		;
S_3250_0: /* 2 */
		j = 0;
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_3634_0: /* 2 */
S_3633_0: /* 2 */
S_3251_0: /* 2 */
		if (!((((int)j)<2)))
			goto S_3633_1;
S_3628_0: /* 2 */
S_3252_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)j), 2) ])&&(((int)now.iage[ Index(((int)j), 2) ])==((int)s2)))))
			goto S_3628_1;
S_3253_0: /* 2 */
		t2 = 0;
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
S_3453_0: /* 2 */
S_3452_0: /* 2 */
S_3254_0: /* 2 */
		if (!((((int)t2)<3)))
			goto S_3452_1;
S_3447_0: /* 2 */
S_3255_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)j), 2) ])&&(((int)now.tag[ Index(((int)t2), 3) ])==((int)j)))))
			goto S_3447_1;
S_3256_0: /* 2 */
		kk = ((int)j);
#ifdef VAR_RANGES
		logval("kk", ((int)kk));
#endif
		;
S_3443_0: /* 2 */
S_3257_0: /* 2 */
		j = ((int)now.tag[ Index(((int)t2), 3) ]);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
S_3258_0: /* 2 */
		n = 0;
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
S_3259_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_3260_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3272_0: /* 2 */
S_3271_0: /* 2 */
S_3261_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3271_1;
S_3266_0: /* 2 */
S_3262_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_3266_1;
S_3263_0: /* 2 */
		n = (((int)n)+1);
#ifdef VAR_RANGES
		logval("n", ((int)n));
#endif
		;
		goto S_3267_0;
S_3266_1: /* 3 */
S_3264_0: /* 2 */
		/* else */;
S_3265_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3267_0;
S_3266_2: /* 3 */
		Uerror("blocking sel in d_step (nr.344, near line 259)");
S_3267_0: /* 2 */
S_3268_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3272_0; /* ';' */
S_3271_1: /* 3 */
S_3269_0: /* 2 */
		/* else */;
S_3270_0: /* 2 */
		goto S_3274_0;	/* 'goto' */
S_3271_2: /* 3 */
		Uerror("blocking sel in d_step (nr.345, near line 259)");
S_3273_0: /* 2 */
		goto S_3274_0;	/* 'break' */
S_3274_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3286_0: /* 2 */
S_3285_0: /* 2 */
S_3275_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3285_1;
S_3280_0: /* 2 */
S_3276_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)j)))))
			goto S_3280_1;
S_3277_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_3281_0;
S_3280_1: /* 3 */
S_3278_0: /* 2 */
		/* else */;
S_3279_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3281_0;
S_3280_2: /* 3 */
		Uerror("blocking sel in d_step (nr.346, near line 260)");
S_3281_0: /* 2 */
S_3282_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3286_0; /* ';' */
S_3285_1: /* 3 */
S_3283_0: /* 2 */
		/* else */;
S_3284_0: /* 2 */
		goto S_3441_0;	/* 'goto' */
S_3285_2: /* 3 */
		Uerror("blocking sel in d_step (nr.347, near line 260)");
S_3287_0: /* 2 */
		goto S_3441_0;	/* 'break' */
S_3441_0: /* 2 */
S_3288_0: /* 2 */
		if (!((( !(0)&&(((int)n)==1))&&((int)used))))
			goto S_3441_1;
S_3289_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3442_0;
S_3441_1: /* 3 */
S_3290_0: /* 2 */
		/* else */;
S_3291_0: /* 2 */
		now.tag[ Index(t2, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[t2]", ((int)now.tag[ Index(((int)t2), 3) ]));
#endif
		;
S_3439_0: /* 2 */
S_3292_0: /* 2 */
		if (!((((int)n)==1)))
			goto S_3439_1;
S_3436_0: /* 2 */
S_3293_0: /* 2 */
		cur = ((int)j);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_3294_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_3434_0: /* 2 */
S_3433_0: /* 2 */
S_3295_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_3433_1;
S_3296_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_3297_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_3298_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3310_0: /* 2 */
S_3309_0: /* 2 */
S_3299_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_3309_1;
S_3304_0: /* 2 */
S_3300_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_3304_1;
S_3301_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_3305_0;
S_3304_1: /* 3 */
S_3302_0: /* 2 */
		/* else */;
S_3303_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3305_0;
S_3304_2: /* 3 */
		Uerror("blocking sel in d_step (nr.348, near line 239)");
S_3305_0: /* 2 */
S_3306_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3310_0; /* ';' */
S_3309_1: /* 3 */
S_3307_0: /* 2 */
		/* else */;
S_3308_0: /* 2 */
		goto S_3312_0;	/* 'goto' */
S_3309_2: /* 3 */
		Uerror("blocking sel in d_step (nr.349, near line 239)");
S_3311_0: /* 2 */
		goto S_3312_0;	/* 'break' */
S_3312_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3329_0: /* 2 */
S_3328_0: /* 2 */
S_3313_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3328_1;
S_3323_0: /* 2 */
S_3314_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_3323_1;
S_3319_0: /* 2 */
S_3315_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_3319_1;
S_3316_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_3320_0;
S_3319_1: /* 3 */
S_3317_0: /* 2 */
		/* else */;
S_3318_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_3320_0;
S_3319_2: /* 3 */
		Uerror("blocking sel in d_step (nr.350, near line 240)");
S_3320_0: /* 2 */
		goto S_3324_0;
S_3323_1: /* 3 */
S_3321_0: /* 2 */
		/* else */;
S_3322_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3324_0;
S_3323_2: /* 3 */
		Uerror("blocking sel in d_step (nr.351, near line 240)");
S_3324_0: /* 2 */
S_3325_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3329_0; /* ';' */
S_3328_1: /* 3 */
S_3326_0: /* 2 */
		/* else */;
S_3327_0: /* 2 */
		goto S_3331_0;	/* 'goto' */
S_3328_2: /* 3 */
		Uerror("blocking sel in d_step (nr.352, near line 240)");
S_3330_0: /* 2 */
		goto S_3331_0;	/* 'break' */
S_3331_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3343_0: /* 2 */
S_3342_0: /* 2 */
S_3332_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3342_1;
S_3337_0: /* 2 */
S_3333_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_3337_1;
S_3334_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_3338_0;
S_3337_1: /* 3 */
S_3335_0: /* 2 */
		/* else */;
S_3336_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3338_0;
S_3337_2: /* 3 */
		Uerror("blocking sel in d_step (nr.353, near line 241)");
S_3338_0: /* 2 */
S_3339_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3343_0; /* ';' */
S_3342_1: /* 3 */
S_3340_0: /* 2 */
		/* else */;
S_3341_0: /* 2 */
		goto S_3429_0;	/* 'goto' */
S_3342_2: /* 3 */
		Uerror("blocking sel in d_step (nr.354, near line 241)");
S_3344_0: /* 2 */
		goto S_3429_0;	/* 'break' */
S_3429_0: /* 2 */
S_3345_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_3429_1;
S_3346_0: /* 2 */
		goto S_3444_0;	/* 'goto' */
S_3429_1: /* 3 */
S_3347_0: /* 2 */
		/* else */;
S_3348_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3360_0: /* 2 */
S_3359_0: /* 2 */
S_3349_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3359_1;
S_3354_0: /* 2 */
S_3350_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_3354_1;
S_3351_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_3355_0;
S_3354_1: /* 3 */
S_3352_0: /* 2 */
		/* else */;
S_3353_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3355_0;
S_3354_2: /* 3 */
		Uerror("blocking sel in d_step (nr.355, near line 245)");
S_3355_0: /* 2 */
S_3356_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3360_0; /* ';' */
S_3359_1: /* 3 */
S_3357_0: /* 2 */
		/* else */;
S_3358_0: /* 2 */
		goto S_3362_0;	/* 'goto' */
S_3359_2: /* 3 */
		Uerror("blocking sel in d_step (nr.356, near line 245)");
S_3361_0: /* 2 */
		goto S_3362_0;	/* 'break' */
S_3362_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_3363_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_3364_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_3365_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3377_0: /* 2 */
S_3376_0: /* 2 */
S_3366_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_3376_1;
S_3371_0: /* 2 */
S_3367_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_3371_1;
S_3368_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_3372_0;
S_3371_1: /* 3 */
S_3369_0: /* 2 */
		/* else */;
S_3370_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3372_0;
S_3371_2: /* 3 */
		Uerror("blocking sel in d_step (nr.357, near line 247)");
S_3372_0: /* 2 */
S_3373_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3377_0; /* ';' */
S_3376_1: /* 3 */
S_3374_0: /* 2 */
		/* else */;
S_3375_0: /* 2 */
		goto S_3379_0;	/* 'goto' */
S_3376_2: /* 3 */
		Uerror("blocking sel in d_step (nr.358, near line 247)");
S_3378_0: /* 2 */
		goto S_3379_0;	/* 'break' */
S_3379_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3391_0: /* 2 */
S_3390_0: /* 2 */
S_3380_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3390_1;
S_3385_0: /* 2 */
S_3381_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_3385_1;
S_3382_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_3386_0;
S_3385_1: /* 3 */
S_3383_0: /* 2 */
		/* else */;
S_3384_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3386_0;
S_3385_2: /* 3 */
		Uerror("blocking sel in d_step (nr.359, near line 248)");
S_3386_0: /* 2 */
S_3387_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3391_0; /* ';' */
S_3390_1: /* 3 */
S_3388_0: /* 2 */
		/* else */;
S_3389_0: /* 2 */
		goto S_3424_0;	/* 'goto' */
S_3390_2: /* 3 */
		Uerror("blocking sel in d_step (nr.360, near line 248)");
S_3392_0: /* 2 */
		goto S_3424_0;	/* 'break' */
S_3424_0: /* 2 */
S_3393_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_3422_0: /* 2 */
S_3421_0: /* 2 */
S_3394_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_3421_1;
S_3395_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_3417_0: /* 2 */
S_3396_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_3417_1;
S_3397_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_3398_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_3399_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_3400_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_3412_0: /* 2 */
S_3411_0: /* 2 */
S_3401_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_3411_1;
S_3406_0: /* 2 */
S_3402_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_3406_1;
S_3403_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_3407_0;
S_3406_1: /* 3 */
S_3404_0: /* 2 */
		/* else */;
S_3405_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3407_0;
S_3406_2: /* 3 */
		Uerror("blocking sel in d_step (nr.361, near line 208)");
S_3407_0: /* 2 */
S_3408_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_3412_0; /* ';' */
S_3411_1: /* 3 */
S_3409_0: /* 2 */
		/* else */;
S_3410_0: /* 2 */
		goto S_3414_0;	/* 'goto' */
S_3411_2: /* 3 */
		Uerror("blocking sel in d_step (nr.362, near line 208)");
S_3413_0: /* 2 */
		goto S_3414_0;	/* 'break' */
S_3414_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_3418_0;
S_3417_1: /* 3 */
S_3415_0: /* 2 */
		/* else */;
S_3416_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_3418_0;
S_3417_2: /* 3 */
		Uerror("blocking sel in d_step (nr.363, near line 205)");
S_3418_0: /* 2 */
		goto S_3422_0; /* '.' */
		goto S_3422_0; /* ';' */
S_3421_1: /* 3 */
S_3419_0: /* 2 */
		/* else */;
S_3420_0: /* 2 */
		goto S_3425_0;	/* 'goto' */
S_3421_2: /* 3 */
		Uerror("blocking sel in d_step (nr.364, near line 202)");
S_3423_0: /* 2 */
		goto S_3425_0;	/* 'break' */
		goto S_3425_0;
S_3425_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_3426_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_3427_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_3428_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_3430_0;
S_3429_2: /* 3 */
		Uerror("blocking sel in d_step (nr.365, near line 242)");
S_3430_0: /* 2 */
		goto S_3434_0; /* '.' */
		goto S_3434_0; /* ';' */
S_3433_1: /* 3 */
S_3431_0: /* 2 */
		/* else */;
S_3432_0: /* 2 */
		goto S_3444_0;	/* 'goto' */
		goto S_3434_0; /* ';' */
S_3433_2: /* 3 */
		Uerror("blocking sel in d_step (nr.366, near line 236)");
S_3435_0: /* 2 */
		goto S_3444_0;	/* 'break' */
		goto S_3440_0;
S_3439_1: /* 3 */
S_3437_0: /* 2 */
		/* else */;
S_3438_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3440_0;
S_3439_2: /* 3 */
		Uerror("blocking sel in d_step (nr.367, near line 265)");
S_3440_0: /* 2 */
		goto S_3442_0;
S_3441_2: /* 3 */
		Uerror("blocking sel in d_step (nr.368, near line 261)");
S_3442_0: /* 2 */
		goto S_3444_0;
S_3444_0: /* 2 */
		j = ((int)kk);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_3448_0;
S_3447_1: /* 3 */
S_3445_0: /* 2 */
		/* else */;
S_3446_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3448_0;
S_3447_2: /* 3 */
		Uerror("blocking sel in d_step (nr.369, near line 354)");
S_3448_0: /* 2 */
S_3449_0: /* 2 */
		t2 = (((int)t2)+1);
#ifdef VAR_RANGES
		logval("t2", ((int)t2));
#endif
		;
		goto S_3453_0; /* ';' */
S_3452_1: /* 3 */
S_3450_0: /* 2 */
		/* else */;
S_3451_0: /* 2 */
		goto S_3624_0;	/* 'goto' */
S_3452_2: /* 3 */
		Uerror("blocking sel in d_step (nr.370, near line 354)");
S_3454_0: /* 2 */
		goto S_3624_0;	/* 'break' */
S_3624_0: /* 2 */
S_3455_0: /* 2 */
		if (!(((int)now.iex[ Index(((int)j), 2) ])))
			goto S_3624_1;
S_3456_0: /* 2 */
		used = 0;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
S_3457_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3469_0: /* 2 */
S_3468_0: /* 2 */
S_3458_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3468_1;
S_3463_0: /* 2 */
S_3459_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)j))))
			goto S_3463_1;
S_3460_0: /* 2 */
		used = 1;
#ifdef VAR_RANGES
		logval("used", ((int)used));
#endif
		;
		goto S_3464_0;
S_3463_1: /* 3 */
S_3461_0: /* 2 */
		/* else */;
S_3462_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3464_0;
S_3463_2: /* 3 */
		Uerror("blocking sel in d_step (nr.371, near line 354)");
S_3464_0: /* 2 */
S_3465_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3469_0; /* ';' */
S_3468_1: /* 3 */
S_3466_0: /* 2 */
		/* else */;
S_3467_0: /* 2 */
		goto S_3620_0;	/* 'goto' */
S_3468_2: /* 3 */
		Uerror("blocking sel in d_step (nr.372, near line 354)");
S_3470_0: /* 2 */
		goto S_3620_0;	/* 'break' */
S_3620_0: /* 2 */
S_3471_0: /* 2 */
		if (!( !(((int)used))))
			goto S_3620_1;
S_3472_0: /* 2 */
		kk = ((int)j);
#ifdef VAR_RANGES
		logval("kk", ((int)kk));
#endif
		;
S_3616_0: /* 2 */
S_3473_0: /* 2 */
		cur = ((int)kk);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_3474_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
S_3614_0: /* 2 */
S_3613_0: /* 2 */
S_3475_0: /* 2 */
		if (!((((int)cur)!=255)))
			goto S_3613_1;
S_3476_0: /* 2 */
		hard = 0;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
S_3477_0: /* 2 */
		soft = 0;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
S_3478_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3490_0: /* 2 */
S_3489_0: /* 2 */
S_3479_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_3489_1;
S_3484_0: /* 2 */
S_3480_0: /* 2 */
		if (!((((int)now.iex[ Index(((int)c), 2) ])&&(((int)now.ipar[ Index(((int)c), 2) ])==((int)cur)))))
			goto S_3484_1;
S_3481_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_3485_0;
S_3484_1: /* 3 */
S_3482_0: /* 2 */
		/* else */;
S_3483_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3485_0;
S_3484_2: /* 3 */
		Uerror("blocking sel in d_step (nr.373, near line 239)");
S_3485_0: /* 2 */
S_3486_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3490_0; /* ';' */
S_3489_1: /* 3 */
S_3487_0: /* 2 */
		/* else */;
S_3488_0: /* 2 */
		goto S_3492_0;	/* 'goto' */
S_3489_2: /* 3 */
		Uerror("blocking sel in d_step (nr.374, near line 239)");
S_3491_0: /* 2 */
		goto S_3492_0;	/* 'break' */
S_3492_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3509_0: /* 2 */
S_3508_0: /* 2 */
S_3493_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3508_1;
S_3503_0: /* 2 */
S_3494_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_3503_1;
S_3499_0: /* 2 */
S_3495_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])==2)||(((int)now.st[ Index(((int)c), 3) ])==3))||(((int)now.st[ Index(((int)c), 3) ])==4))))
			goto S_3499_1;
S_3496_0: /* 2 */
		hard = 1;
#ifdef VAR_RANGES
		logval("hard", ((int)hard));
#endif
		;
		goto S_3500_0;
S_3499_1: /* 3 */
S_3497_0: /* 2 */
		/* else */;
S_3498_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_3500_0;
S_3499_2: /* 3 */
		Uerror("blocking sel in d_step (nr.375, near line 240)");
S_3500_0: /* 2 */
		goto S_3504_0;
S_3503_1: /* 3 */
S_3501_0: /* 2 */
		/* else */;
S_3502_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3504_0;
S_3503_2: /* 3 */
		Uerror("blocking sel in d_step (nr.376, near line 240)");
S_3504_0: /* 2 */
S_3505_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3509_0; /* ';' */
S_3508_1: /* 3 */
S_3506_0: /* 2 */
		/* else */;
S_3507_0: /* 2 */
		goto S_3511_0;	/* 'goto' */
S_3508_2: /* 3 */
		Uerror("blocking sel in d_step (nr.377, near line 240)");
S_3510_0: /* 2 */
		goto S_3511_0;	/* 'break' */
S_3511_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3523_0: /* 2 */
S_3522_0: /* 2 */
S_3512_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3522_1;
S_3517_0: /* 2 */
S_3513_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_3517_1;
S_3514_0: /* 2 */
		soft = 1;
#ifdef VAR_RANGES
		logval("soft", ((int)soft));
#endif
		;
		goto S_3518_0;
S_3517_1: /* 3 */
S_3515_0: /* 2 */
		/* else */;
S_3516_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3518_0;
S_3517_2: /* 3 */
		Uerror("blocking sel in d_step (nr.378, near line 241)");
S_3518_0: /* 2 */
S_3519_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3523_0; /* ';' */
S_3522_1: /* 3 */
S_3520_0: /* 2 */
		/* else */;
S_3521_0: /* 2 */
		goto S_3609_0;	/* 'goto' */
S_3522_2: /* 3 */
		Uerror("blocking sel in d_step (nr.379, near line 241)");
S_3524_0: /* 2 */
		goto S_3609_0;	/* 'break' */
S_3609_0: /* 2 */
S_3525_0: /* 2 */
		if (!((((int)hard)||(((int)soft)&& !(((int)f))))))
			goto S_3609_1;
S_3526_0: /* 2 */
		goto S_3617_0;	/* 'goto' */
S_3609_1: /* 3 */
S_3527_0: /* 2 */
		/* else */;
S_3528_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3540_0: /* 2 */
S_3539_0: /* 2 */
S_3529_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3539_1;
S_3534_0: /* 2 */
S_3530_0: /* 2 */
		if (!((((int)now.tag[ Index(((int)c), 3) ])==((int)cur))))
			goto S_3534_1;
S_3531_0: /* 2 */
		now.tag[ Index(c, 3) ] = 255;
#ifdef VAR_RANGES
		logval("tag[c]", ((int)now.tag[ Index(((int)c), 3) ]));
#endif
		;
		goto S_3535_0;
S_3534_1: /* 3 */
S_3532_0: /* 2 */
		/* else */;
S_3533_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3535_0;
S_3534_2: /* 3 */
		Uerror("blocking sel in d_step (nr.380, near line 245)");
S_3535_0: /* 2 */
S_3536_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3540_0; /* ';' */
S_3539_1: /* 3 */
S_3537_0: /* 2 */
		/* else */;
S_3538_0: /* 2 */
		goto S_3542_0;	/* 'goto' */
S_3539_2: /* 3 */
		Uerror("blocking sel in d_step (nr.381, near line 245)");
S_3541_0: /* 2 */
		goto S_3542_0;	/* 'break' */
S_3542_0: /* 2 */
		nxt = ((int)now.ipar[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("nxt", ((int)nxt));
#endif
		;
S_3543_0: /* 2 */
		now.iex[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iex[cur]", ((int)now.iex[ Index(((int)cur), 2) ]));
#endif
		;
S_3544_0: /* 2 */
		now.ipar[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[cur]", ((int)now.ipar[ Index(((int)cur), 2) ]));
#endif
		;
S_3545_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3557_0: /* 2 */
S_3556_0: /* 2 */
S_3546_0: /* 2 */
		if (!((((int)c)<2)))
			goto S_3556_1;
S_3551_0: /* 2 */
S_3547_0: /* 2 */
		if (!((((int)now.ipar[ Index(((int)c), 2) ])==((int)cur))))
			goto S_3551_1;
S_3548_0: /* 2 */
		now.ipar[ Index(c, 2) ] = 255;
#ifdef VAR_RANGES
		logval("ipar[c]", ((int)now.ipar[ Index(((int)c), 2) ]));
#endif
		;
		goto S_3552_0;
S_3551_1: /* 3 */
S_3549_0: /* 2 */
		/* else */;
S_3550_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3552_0;
S_3551_2: /* 3 */
		Uerror("blocking sel in d_step (nr.382, near line 247)");
S_3552_0: /* 2 */
S_3553_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3557_0; /* ';' */
S_3556_1: /* 3 */
S_3554_0: /* 2 */
		/* else */;
S_3555_0: /* 2 */
		goto S_3559_0;	/* 'goto' */
S_3556_2: /* 3 */
		Uerror("blocking sel in d_step (nr.383, near line 247)");
S_3558_0: /* 2 */
		goto S_3559_0;	/* 'break' */
S_3559_0: /* 2 */
		c = 0;
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
S_3571_0: /* 2 */
S_3570_0: /* 2 */
S_3560_0: /* 2 */
		if (!((((int)c)<3)))
			goto S_3570_1;
S_3565_0: /* 2 */
S_3561_0: /* 2 */
		if (!((((((int)now.st[ Index(((int)c), 3) ])!=0)&&(((int)now.st[ Index(((int)c), 3) ])!=8))&&(((int)now.img[ Index(((int)c), 3) ])==((int)cur)))))
			goto S_3565_1;
S_3562_0: /* 2 */
		now.img[ Index(c, 3) ] = 254;
#ifdef VAR_RANGES
		logval("img[c]", ((int)now.img[ Index(((int)c), 3) ]));
#endif
		;
		goto S_3566_0;
S_3565_1: /* 3 */
S_3563_0: /* 2 */
		/* else */;
S_3564_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3566_0;
S_3565_2: /* 3 */
		Uerror("blocking sel in d_step (nr.384, near line 248)");
S_3566_0: /* 2 */
S_3567_0: /* 2 */
		c = (((int)c)+1);
#ifdef VAR_RANGES
		logval("c", ((int)c));
#endif
		;
		goto S_3571_0; /* ';' */
S_3570_1: /* 3 */
S_3568_0: /* 2 */
		/* else */;
S_3569_0: /* 2 */
		goto S_3604_0;	/* 'goto' */
S_3570_2: /* 3 */
		Uerror("blocking sel in d_step (nr.385, near line 248)");
S_3572_0: /* 2 */
		goto S_3604_0;	/* 'break' */
S_3604_0: /* 2 */
S_3573_0: /* 2 */
		rl = ((int)now.itop[ Index(((int)cur), 2) ]);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
S_3602_0: /* 2 */
S_3601_0: /* 2 */
S_3574_0: /* 2 */
		if (!(((((int)rl)!=255)&&(((int)rl)!=254))))
			goto S_3601_1;
S_3575_0: /* 2 */
		now.lrefs[ Index(rl, 9) ] = (((int)now.lrefs[ Index(((int)rl), 9) ])-1);
#ifdef VAR_RANGES
		logval("lrefs[rl]", ((int)now.lrefs[ Index(((int)rl), 9) ]));
#endif
		;
S_3597_0: /* 2 */
S_3576_0: /* 2 */
		if (!((((int)now.lrefs[ Index(((int)rl), 9) ])==0)))
			goto S_3597_1;
S_3577_0: /* 2 */
		rp = ((int)now.lpar[ Index(((int)rl), 9) ]);
#ifdef VAR_RANGES
		logval("rp", ((int)rp));
#endif
		;
S_3578_0: /* 2 */
		now.lex[ Index(rl, 9) ] = 0;
#ifdef VAR_RANGES
		logval("lex[rl]", ((int)now.lex[ Index(((int)rl), 9) ]));
#endif
		;
S_3579_0: /* 2 */
		now.lpar[ Index(rl, 9) ] = 255;
#ifdef VAR_RANGES
		logval("lpar[rl]", ((int)now.lpar[ Index(((int)rl), 9) ]));
#endif
		;
S_3580_0: /* 2 */
		rk = 0;
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
S_3592_0: /* 2 */
S_3591_0: /* 2 */
S_3581_0: /* 2 */
		if (!((((int)rk)<3)))
			goto S_3591_1;
S_3586_0: /* 2 */
S_3582_0: /* 2 */
		if (!((((int)now.rwl[ Index(((int)rk), 3) ])==((int)rl))))
			goto S_3586_1;
S_3583_0: /* 2 */
		now.rwl[ Index(rk, 3) ] = 255;
#ifdef VAR_RANGES
		logval("rwl[rk]", ((int)now.rwl[ Index(((int)rk), 3) ]));
#endif
		;
		goto S_3587_0;
S_3586_1: /* 3 */
S_3584_0: /* 2 */
		/* else */;
S_3585_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3587_0;
S_3586_2: /* 3 */
		Uerror("blocking sel in d_step (nr.386, near line 208)");
S_3587_0: /* 2 */
S_3588_0: /* 2 */
		rk = (((int)rk)+1);
#ifdef VAR_RANGES
		logval("rk", ((int)rk));
#endif
		;
		goto S_3592_0; /* ';' */
S_3591_1: /* 3 */
S_3589_0: /* 2 */
		/* else */;
S_3590_0: /* 2 */
		goto S_3594_0;	/* 'goto' */
S_3591_2: /* 3 */
		Uerror("blocking sel in d_step (nr.387, near line 208)");
S_3593_0: /* 2 */
		goto S_3594_0;	/* 'break' */
S_3594_0: /* 2 */
		rl = ((int)rp);
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_3598_0;
S_3597_1: /* 3 */
S_3595_0: /* 2 */
		/* else */;
S_3596_0: /* 2 */
		rl = 255;
#ifdef VAR_RANGES
		logval("rl", ((int)rl));
#endif
		;
		goto S_3598_0;
S_3597_2: /* 3 */
		Uerror("blocking sel in d_step (nr.388, near line 205)");
S_3598_0: /* 2 */
		goto S_3602_0; /* '.' */
		goto S_3602_0; /* ';' */
S_3601_1: /* 3 */
S_3599_0: /* 2 */
		/* else */;
S_3600_0: /* 2 */
		goto S_3605_0;	/* 'goto' */
S_3601_2: /* 3 */
		Uerror("blocking sel in d_step (nr.389, near line 202)");
S_3603_0: /* 2 */
		goto S_3605_0;	/* 'break' */
		goto S_3605_0;
S_3605_0: /* 2 */
		now.itop[ Index(cur, 2) ] = 255;
#ifdef VAR_RANGES
		logval("itop[cur]", ((int)now.itop[ Index(((int)cur), 2) ]));
#endif
		;
S_3606_0: /* 2 */
		now.iage[ Index(cur, 2) ] = 0;
#ifdef VAR_RANGES
		logval("iage[cur]", ((int)now.iage[ Index(((int)cur), 2) ]));
#endif
		;
S_3607_0: /* 2 */
		cur = ((int)nxt);
#ifdef VAR_RANGES
		logval("cur", ((int)cur));
#endif
		;
S_3608_0: /* 2 */
		f = 0;
#ifdef VAR_RANGES
		logval("f", ((int)f));
#endif
		;
		goto S_3610_0;
S_3609_2: /* 3 */
		Uerror("blocking sel in d_step (nr.390, near line 242)");
S_3610_0: /* 2 */
		goto S_3614_0; /* '.' */
		goto S_3614_0; /* ';' */
S_3613_1: /* 3 */
S_3611_0: /* 2 */
		/* else */;
S_3612_0: /* 2 */
		goto S_3617_0;	/* 'goto' */
		goto S_3614_0; /* ';' */
S_3613_2: /* 3 */
		Uerror("blocking sel in d_step (nr.391, near line 236)");
S_3615_0: /* 2 */
		goto S_3617_0;	/* 'break' */
		goto S_3617_0;
S_3617_0: /* 2 */
		j = ((int)kk);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_3621_0;
S_3620_1: /* 3 */
S_3618_0: /* 2 */
		/* else */;
S_3619_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3621_0;
S_3620_2: /* 3 */
		Uerror("blocking sel in d_step (nr.392, near line 354)");
S_3621_0: /* 2 */
		goto S_3625_0;
S_3624_1: /* 3 */
S_3622_0: /* 2 */
		/* else */;
S_3623_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3625_0;
S_3624_2: /* 3 */
		Uerror("blocking sel in d_step (nr.393, near line 354)");
S_3625_0: /* 2 */
		goto S_3629_0;
S_3628_1: /* 3 */
S_3626_0: /* 2 */
		/* else */;
S_3627_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3629_0;
S_3628_2: /* 3 */
		Uerror("blocking sel in d_step (nr.394, near line 354)");
S_3629_0: /* 2 */
S_3630_0: /* 2 */
		j = (((int)j)+1);
#ifdef VAR_RANGES
		logval("j", ((int)j));
#endif
		;
		goto S_3634_0; /* ';' */
S_3633_1: /* 3 */
S_3631_0: /* 2 */
		/* else */;
S_3632_0: /* 2 */
		goto S_3638_0;	/* 'goto' */
		goto S_3634_0; /* ';' */
S_3633_2: /* 3 */
		Uerror("blocking sel in d_step (nr.395, near line 354)");
S_3635_0: /* 2 */
		goto S_3638_0;	/* 'break' */
		goto S_3639_0; /* ';' */
S_3638_1: /* 3 */
S_3636_0: /* 2 */
		/* else */;
S_3637_0: /* 2 */
		goto S_3640_0;	/* 'goto' */
S_3638_2: /* 3 */
		Uerror("blocking sel in d_step (nr.396, near line 354)");
S_3640_0: /* 2 */
		goto S_3641_0;	/* 'break' */
S_3641_0: /* 2 */
		if (!(1))
			Uerror("block in d_step seq");
		goto S_3644_0; /* ';' */

#if defined(C_States) && (HAS_TRACK==1)
		c_update((uchar *) &(now.c_state[0]));
#endif
		_m = 3; goto P999;

	case 123: // STATE 3647 - /dev/stdin:356 - [-end-] (0:0:0 - 1)
		IfNotBlocked
		reached[0][3647] = 1;
		if (!delproc(1, II)) continue;
		_m = 3; goto P999; /* 0 */
	case  _T5:	/* np_ */
		if (!((!(trpt->o_pm&4) && !(trpt->tau&128))))
			continue;
		/* else fall through */
	case  _T2:	/* true */
		_m = 3; goto P999;
#undef rand
	}

