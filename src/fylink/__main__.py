from fylink.cli.app import main

main()
