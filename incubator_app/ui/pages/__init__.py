"""The pages of the side navigation: 대시보드, 입주기업, 호실·층, 계약."""
