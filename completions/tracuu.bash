# tracuu.bash — bash completion for tracuu: its commands, each command's
# options and their values. The commands and options are read from the
# program's own --help, so they never drift from what it takes.

# The commands `tracuu --help` lists under "commands:".
_tracuu_commands()
{
	"${1:-tracuu}" --help 2>/dev/null |
		sed -n '/^commands:/,/^$/{s/^  \([a-z][a-z-]*\) .*/\1/p}'
}

# Every option COMMAND's --help names: --opt (--opt= when its value follows
# an '='), and -x where an option line starts with it; one a line.
_tracuu_options()
{
	local help
	help=$("$1" "$2" --help 2>/dev/null) || return
	{
		grep -oE '(^|[^[:alnum:]-])--[a-z][a-z0-9-]*=?' <<<"$help" | sed -E 's/^[^-]+//'
		grep -oE '^ +-[a-zA-Z],' <<<"$help" | tr -d ' ,'
	} | sort -u
}

_tracuu()
{
	local cur prev words cword
	if declare -F _init_completion >/dev/null; then
		_init_completion -s || return
	else
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD-1]}
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
	fi
	local prog=${words[0]} cmd="" i
	for ((i = 1; i < cword; i++)); do
		case ${words[i]} in
		-*) ;;
		*) cmd=${words[i]}; break ;;
		esac
	done
	if [[ -z $cmd ]]; then
		COMPREPLY=($(compgen -W "$(_tracuu_commands "$prog") --help --version" -- "$cur"))
		return
	fi

	# An option's value: "--opt value", or "--opt=value" (split by -s).
	local opt=$prev
	if [[ $prev == = && $cword -ge 2 ]]; then
		opt=${words[cword-2]} # bash splits at '=' (COMP_WORDBREAKS)
	elif [[ $cur == --*=* ]]; then
		opt=${cur%%=*}
		cur=${cur#*=}
	fi
	case $opt in
	--db | --root)
		COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
	--log)
		COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return ;;
	--format)
		COMPREPLY=($(compgen -W "csl-json bibtex ris" -- "$cur")); return ;;
	--color | --colour)
		COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
	--sort)
		COMPREPLY=($(compgen -W "relevance date date-asc" -- "$cur")); return ;;
	--encoding)
		COMPREPLY=($(compgen -W "utf-8 cp1258 tcvn3 vni viscii tcvn5712 latin1" -- "$cur"))
		return ;;
	--type | --cites-type)
		COMPREPLY=($(compgen -W "NQ NĐ QĐ TT CT KL KH HD Luật" -- "$cur")); return ;;
	--issuer | --cites-issuer)
		COMPREPLY=($(compgen -W "TW CP TTg QH BTC BCT BBT" -- "$cur")); return ;;
	--limit | -n | --offset | --year | --from | --to | --batch-size | --jobs | --timeout | \
	--connect-timeout | --retries | --max-size | --max-redirects | --parallel | --delay | \
	--user-agent | --include-ext | --listen | --threads | --wait)
		[[ $opt == --wait || ( $opt == -n && $cmd == rm ) ]] || return ;;
	esac

	if [[ $cur == -* ]]; then
		local o
		COMPREPLY=()
		for o in $(_tracuu_options "$prog" "$cmd"); do
			[[ $o == "$cur"* ]] && COMPREPLY+=("$o")
		done
		# An option that takes its value after '=' gets no space.
		if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then
			compopt -o nospace 2>/dev/null
		fi
		return 0
	fi
	case $cmd in
	ingest | rm | show)
		COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;
	esac
}
complete -F _tracuu tracuu
